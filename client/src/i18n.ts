import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { jpLedgerAudit, jpLedgerEn, jpLedgerId } from './features/jpLedger/strings';
import { followUpsEn, followUpsId } from './features/followUps/strings';
import { improvementPlanEn, improvementPlanId } from './features/improvementPlan/strings';
import { importsEn, importsId } from './features/imports/strings';
import { competencyProfilesEn, competencyProfilesId } from './features/competencyProfiles/strings';

// Bahasa Indonesia is the default; English beside it. Every user-facing string is here.
const id = {
  jpLedger: jpLedgerId,
  followUps: followUpsId,
  improvementPlan: improvementPlanId,
  imports: importsId,
  competencyProfiles: competencyProfilesId,
  app: { name: 'AsnApi', tagline: 'Manajemen Kompetensi ASN', language: 'Bahasa', signOut: 'Keluar', loading: 'Memuat…', error: 'Terjadi kesalahan', skip: 'Lewati ke konten', menu: 'Menu' },
  nav: {
    employees: 'Pegawai', units: 'Unit Kerja', positions: 'Jabatan & Standar', competencies: 'Kamus Kompetensi', analytics: 'Analitik Kompetensi', needs: 'Kebutuhan (AKPK)', plans: 'Rencana Pengembangan',
    training: 'Pelatihan', sessions: 'Angkatan Pelatihan', evaluation: 'Evaluasi', feedback: 'Umpan Balik', soon: 'segera hadir', main: 'Navigasi utama', national: 'Ringkasan nasional',
    settings: 'Pengaturan', apiKeys: 'Kunci API', audit: 'Jejak Audit', effectiveness: 'Efektivitas Pelatihan',
    complaints: 'Pengaduan',
    skp: 'Penilaian Kinerja (SKP)',
  },
  login: { title: 'Masuk', username: 'Nama pengguna', password: 'Kata sandi', submit: 'Masuk', failed: 'Gagal masuk', hint: 'Akun demo: admin@tpi / Demo#2026' },
  common: {
    search: 'Cari', page: 'Halaman {{page}} dari {{pages}}', total: '{{total}} data', previous: 'Sebelumnya', next: 'Berikutnya', all: 'Semua',
    active: 'Aktif', inactive: 'Nonaktif', yes: 'Ya', no: 'Tidak', back: 'Kembali', save: 'Simpan', cancel: 'Batal', close: 'Tutup', none: '—', status: 'Status',
  },
  employees: {
    title: 'Pegawai ASN', search: 'Cari nama atau NIP', unit: 'Unit kerja', allUnits: 'Semua unit', subunits: 'Termasuk sub-unit',
    nip: 'NIP', name: 'Nama', position: 'Jabatan', rank: 'Golongan', type: 'Jenis', empty: 'Tidak ada pegawai yang cocok.',
    detail: 'Detail pegawai', sex: 'Jenis kelamin', birthDate: 'Tanggal lahir', Male: 'Laki-laki', Female: 'Perempuan', Pns: 'PNS', Pppk: 'PPPK',
    positionType: 'Jenis jabatan', hidden: 'disembunyikan',
  },
  profile: {
    title: 'Profil kompetensi', required: 'Standar', assessed: 'Hasil', gap: 'Kesenjangan', competency: 'Kompetensi', jpm: 'JPM',
    noStandard: 'Jabatan ini belum memiliki standar kompetensi.', notAssessed: 'Belum dinilai', incomplete: 'Belum lengkap: {{count}} kompetensi belum dinilai',
    history: 'Riwayat penilaian', noHistory: 'Belum ada penilaian.', method: 'Metode', date: 'Tanggal', results: 'Hasil', lastAssessed: 'Penilaian terakhir',
    addAssessment: 'Catat penilaian', assessor: 'Asesor', notes: 'Catatan', level: 'Level', saved: 'Penilaian tersimpan.', radar: 'Grafik radar standar dan hasil',
    below: 'kurang {{n}}', above: '+{{n}} di atas standar', met: 'sesuai standar',
    radarMissing: 'Belum dinilai, tidak digambar di radar (bukan level 0): {{codes}}.', radarTooFew: 'Radar tampil setelah sedikitnya 3 kompetensi dinilai; lihat tabel.', radarScale: 'Lingkaran dari tengah ke luar: level 1 sampai 5.',
  },
  fit: { MemenuhiSyarat: 'Memenuhi Syarat (MS)', MasihMemenuhiSyarat: 'Masih Memenuhi Syarat (MMS)', KurangMemenuhiSyarat: 'Kurang Memenuhi Syarat (KMS)' },
  mapping: { Optimal: 'Optimal', CukupOptimal: 'Cukup Optimal', KurangOptimal: 'Kurang Optimal' },
  methods: { AssessmentCenter: 'Assessment center', UjiKompetensi: 'Uji kompetensi', Feedback360: 'Umpan balik 360°', Portfolio: 'Portofolio', SelfAssessment: 'Penilaian mandiri', PostTrainingEvaluation: 'Evaluasi pasca pelatihan' },
  units: { title: 'Unit Kerja (OPD)', code: 'Kode', name: 'Nama', parent: 'Unit induk', empty: 'Tidak ada unit yang cocok.' },
  positions: {
    title: 'Jabatan & Standar Kompetensi', type: 'Jenis jabatan', level: 'Level manajerial', standard: 'Standar kompetensi', saved: 'Standar tersimpan.',
    hint: 'Kompetensi nasional yang dikosongkan memakai level bawaan jenis jabatan ({{level}}).', default: 'Bawaan', notRequired: 'Tidak dipersyaratkan',
    types: { JptUtama: 'JPT Utama', JptMadya: 'JPT Madya', JptPratama: 'JPT Pratama', Administrator: 'Administrator', Pengawas: 'Pengawas', Pelaksana: 'Pelaksana', Fungsional: 'Fungsional' },
  },
  competencies: {
    title: 'Kamus Kompetensi', kind: 'Jenis', national: 'Nasional', own: 'Instansi', Teknis: 'Teknis', Manajerial: 'Manajerial', SosialKultural: 'Sosial Kultural', code: 'Kode', group: 'Bidang',
    create: 'Tambah kompetensi teknis', edit: 'Ubah kompetensi {{code}}', editButton: 'Ubah', description: 'Uraian', levelN: 'Deskripsi level {{level}}', saved: 'Kompetensi {{code}} tersimpan.',
    source: 'Sumber', noDescription: 'Belum ada uraian kompetensi.', levelUndescribed: 'Level ini belum dideskripsikan.',
    noLevels: 'Deskripsi level belum tersedia.', noLevelsOwn: 'Instansi belum mengisi deskripsi level untuk kompetensi teknis ini. Admin BKPSDM dapat melengkapinya.',
    retired: 'Dipensiunkan', retire: 'Pensiunkan', retireYes: 'Ya, pensiunkan', nationalReadOnly: 'Kompetensi nasional berlaku untuk semua instansi dan tidak dapat diubah.',
    retireConfirm: 'Pensiunkan {{code}}? Riwayat penilaiannya tetap ada, tetapi kompetensi ini tidak dapat lagi dipakai dalam standar jabatan atau penilaian baru.',
  },
  analytics: {
    title: 'Analitik Kompetensi', distribution: 'Sebaran JPM', fit: 'Kategori pemenuhan syarat jabatan', mapping: 'Pemetaan kompetensi', notAssessed: 'Belum dinilai', noStandard: 'Tanpa standar',
    heatmap: 'Peta panas unit × kompetensi (rata-rata kesenjangan)', gaps: 'Kesenjangan terbesar', below: 'di bawah standar', employees: 'pegawai',
    legend: 'Hijau: memenuhi standar; merah: kesenjangan besar. Angka: rata-rata kesenjangan; persen: yang memenuhi standar.',
  },
  plans: {
    title: 'Rencana Pengembangan', employee: 'Pegawai', year: 'Tahun', titleCol: 'Judul', jp: 'JP', approve: 'Setujui', reject: 'Tolak', reason: 'Alasan penolakan',
    empty: 'Belum ada rencana.', approved: 'Rencana disetujui.', rejected: 'Rencana ditolak.', open: 'Buka rencana', actions: 'Tindakan',
    openExisting: 'Buka rencana yang sudah ada: {{title}} ({{status}})',
    Draft: 'Draf', Submitted: 'Diajukan', Approved: 'Disetujui', Rejected: 'Ditolak', Completed: 'Selesai',
  },
  needs: {
    title: 'Kebutuhan Pengembangan (AKPK)', generate: 'Susun dari kesenjangan', verify: 'Verifikasi', validate: 'Validasi', choose: 'Pilih', priority: 'Prioritas',
    empty: 'Tidak ada kebutuhan untuk pilihan ini.', generated: 'Inventaris disusun: {{created}} baru, {{updated}} diperbarui, {{removed}} dihapus.',
    reviewed: '{{count}} kebutuhan kini {{status}}.', Identified: 'Teridentifikasi', Verified: 'Terverifikasi', Validated: 'Tervalidasi', Rejected: 'Ditolak',
    priorities: { Tinggi: 'Tinggi', Sedang: 'Sedang', Rendah: 'Rendah' },
  },
  planForm: {
    open: 'Buat rencana pengembangan', title: 'Rencana pengembangan baru', defaultTitle: 'Rencana pengembangan kompetensi {{year}}', target: 'Level target', form: 'Bentuk',
    activity: 'Kegiatan', due: 'Target waktu', add: 'Tambah kegiatan', saveDraft: 'Simpan draf', saveSubmit: 'Simpan dan ajukan', saved: 'Rencana tersimpan ({{status}}).',
    item: 'Butir {{n}}', remove: 'Hapus', removeItem: 'Hapus butir {{n}}',
  },
  forms: { PelatihanKepemimpinanNasionalI: 'PKN Tingkat I', PelatihanKepemimpinanNasionalII: 'PKN Tingkat II', PelatihanKepemimpinanAdministrator: 'PKA (administrator)', PelatihanKepemimpinanPengawas: 'PKP (pengawas)', PelatihanFungsional: 'Pelatihan fungsional', PelatihanTeknis: 'Pelatihan teknis', Seminar: 'Seminar', Workshop: 'Lokakarya', Kursus: 'Kursus', Penataran: 'Penataran', Coaching: 'Coaching', Mentoring: 'Mentoring', ELearning: 'E-learning', PelatihanJarakJauh: 'Pelatihan jarak jauh', Magang: 'Magang', StudiBanding: 'Studi banding', PertukaranPegawai: 'Pertukaran pegawai', Detasering: 'Detasering', BelajarMandiri: 'Belajar mandiri', KomunitasBelajar: 'Komunitas belajar' },
  planDetail: {
    edit: 'Ubah draf rencana', items: 'Kegiatan pengembangan', totalJp: 'Total JP', version: 'versi {{version}}',
    classroom: 'klasikal', nonClassroom: 'non-klasikal', share: 'Porsi klasikal', shareHigh: 'jauh di atas pola 10%',
    shareHint: 'Pola 10:20:70: sekitar 10% pengembangan lewat pelatihan klasikal, 20% belajar dari orang lain (coaching, mentoring), 70% belajar di tempat kerja.',
    reload: 'Muat versi terbaru', history: 'Riwayat', created: 'Disusun oleh {{by}}', submitted: 'Diajukan {{at}}', approvedBy: 'Disetujui oleh {{by}}, {{at}}', rejectedBy: 'Ditolak oleh {{by}}, {{at}}',
    reason: 'Alasan penolakan', completed: 'Selesai {{at}}',
    step: { edit: 'Ubah', submit: 'Ajukan', approve: 'Setujui', reject: 'Tolak', revise: 'Perbaiki (kembali ke draf)', complete: 'Tandai selesai' },
    done: { edit: 'Draf tersimpan.', submit: 'Rencana diajukan.', approve: 'Rencana disetujui.', reject: 'Rencana ditolak.', revise: 'Rencana kembali menjadi draf.', complete: 'Rencana selesai.' },
  },
  copy: {
    open: 'Salin standar ke jabatan lain', title: 'Salin standar {{name}} ke jabatan lain', search: 'Cari jabatan tujuan (nama atau kode)', noItems: 'Jabatan ini belum memiliki standar untuk disalin.',
    more: 'Menampilkan 10 dari {{total}} jabatan; persempit pencarian.', none: 'Tidak ada jabatan lain yang cocok.', chosen: 'Jabatan tujuan dipilih: {{count}}', remove: 'Hapus {{name}} dari pilihan', next: 'Lanjut',
    confirm: 'Standar {{name}} ({{items}} kompetensi) akan menggantikan standar {{count}} jabatan berikut. Lanjutkan?', yes: 'Ya, salin standar',
    done: 'Standar disalin ke {{count}} jabatan, masing-masing {{items}} kompetensi.', skipped: '{{count}} jabatan dilewati karena standarnya sudah sama.', unchanged: 'Dilewati: standarnya sudah sama', position: 'Jabatan', copied: 'Disalin ({{items}} kompetensi)', again: 'Salin ke jabatan lain lagi',
  },
  settings: {
    title: 'Pengaturan Instansi', hint: 'Berlaku untuk seluruh instansi Anda. Perubahan langsung dipakai oleh profil, analitik, inventaris kebutuhan dan capaian JP.',
    thresholds: 'Ambang batas JPM (%)', thresholdsHint: 'Setiap ambang adalah batas bawah inklusif. Bawaan: MS 80, MMS 68, Optimal 90, Cukup Optimal 78.',
    jpmMemenuhiSyarat: 'Memenuhi Syarat (MS)', jpmMasihMemenuhiSyarat: 'Masih Memenuhi Syarat (MMS)', jpmOptimal: 'Optimal', jpmCukupOptimal: 'Cukup Optimal',
    heatmap: 'Peta panas', heatmapMinimumCount: 'Jumlah minimum pegawai per sel (1–100)',
    duties: 'Pemisahan tugas', allowSelfApproval: 'Izinkan penyusun rencana menyetujui rencananya sendiri, dan verifikator memvalidasi kebutuhan yang ia verifikasi',
    allowSelfApprovalHint: 'Hanya untuk unit yang terlalu kecil untuk memisahkan tugas. Bawaan: tidak diizinkan.',
    saved: 'Pengaturan tersimpan.', reload: 'Muat pengaturan terbaru',
  },
  apiKeys: {
    title: 'Kunci API', hint: 'Kunci untuk skrip dan sistem lain (mis. sinkronisasi SIASN). Rahasianya hanya ditampilkan sekali; yang disimpan hanya sidik (hash)-nya.',
    create: 'Buat kunci API', createButton: 'Buat kunci', name: 'Nama kunci', prefix: 'Awalan', scopes: 'Cakupan', created: 'Dibuat', expires: 'Kedaluwarsa', never: 'Tidak kedaluwarsa',
    empty: 'Belum ada kunci API.', secret: 'Rahasia kunci', copy: 'Salin', copied: 'Rahasia disalin ke papan klip.', copyFailed: 'Tidak dapat menyalin otomatis: pilih teksnya lalu salin secara manual.',
    done: 'Saya sudah menyimpannya', createdTitle: 'Kunci "{{name}}" dibuat',
    once: 'Simpan rahasia ini sekarang. Rahasia ini tidak akan ditampilkan lagi dan tidak dapat dipulihkan; jika hilang, cabut kunci ini dan buat yang baru.',
    usage: 'Kirim sebagai header:', secretPlaceholder: '<rahasia di atas>',
    revoke: 'Cabut', revokeYes: 'Ya, cabut kunci', revokeConfirm: 'Cabut kunci "{{name}}"? Skrip yang memakainya langsung ditolak. Pencabutan tidak dapat dibatalkan.',
    status: { active: 'Aktif', revoked: 'Dicabut', expired: 'Kedaluwarsa' },
    scope: { Read: 'Baca', Write: 'Tulis', Import: 'Impor', PersonalData: 'Data pribadi' },
    scopeName: { read: 'Baca', write: 'Tulis', import: 'Impor', personaldata: 'Data pribadi' },
    scopeHint: { Read: 'membaca data instansi', Write: 'membuat dan mengubah data', Import: 'impor massal pegawai', PersonalData: 'NIP lengkap dan tanggal lahir (tambahan pada salah satu cakupan lain)' },
  },
  audit: {
    title: 'Jejak Audit', hint: 'Setiap perubahan tercatat: siapa, kapan, perintah apa, data mana. Catatan tidak dapat diubah atau dihapus.',
    entityType: 'Jenis data', actor: 'Pelaku', entityId: 'ID data', from: 'Dari tanggal', to: 'Sampai tanggal', at: 'Waktu', action: 'Perintah', data: 'Isi permintaan',
    utc: 'Rentang tanggal dihitung per hari UTC (WIB = UTC+7), kedua ujung termasuk.', empty: 'Tidak ada catatan untuk pilihan ini.', showData: 'Lihat', historyOf: 'Tampilkan riwayat data ini',
    type: { Employee: 'Pegawai', Unit: 'Unit kerja', Position: 'Jabatan', Competency: 'Kompetensi', PositionStandard: 'Standar jabatan', Assessment: 'Penilaian', DevelopmentNeed: 'Kebutuhan pengembangan', DevelopmentPlan: 'Rencana pengembangan', TenantSetting: 'Pengaturan', ApiKey: 'Kunci API' },
    actionName: {
      CreateEmployee: 'Tambah pegawai', UpdateEmployee: 'Ubah pegawai', SetEmployeeActive: 'Aktif/nonaktifkan pegawai', ImportEmployees: 'Impor pegawai',
      CreateUnit: 'Tambah unit', UpdateUnit: 'Ubah unit', DeactivateUnit: 'Nonaktifkan unit', CreatePosition: 'Tambah jabatan', UpdatePosition: 'Ubah jabatan', DeactivatePosition: 'Nonaktifkan jabatan',
      CreateCompetency: 'Tambah kompetensi', UpdateCompetency: 'Ubah kompetensi', RetireCompetency: 'Pensiunkan kompetensi', SetPositionStandard: 'Simpan standar jabatan', CopyPositionStandard: 'Salin standar jabatan',
      CreateAssessment: 'Catat penilaian', GenerateNeeds: 'Susun kebutuhan', ReviewNeeds: 'Tinjau kebutuhan', CreatePlan: 'Buat rencana', UpdatePlan: 'Ubah rencana', MovePlan: 'Ubah status rencana',
      UpdateCompetencySettings: 'Ubah pengaturan', CreateApiKey: 'Buat kunci API', RevokeApiKey: 'Cabut kunci API',
    },
  },
  problem: {
    status: {
      400: 'Permintaan tidak valid', 401: 'Gagal masuk', 403: 'Tidak diizinkan', 404: 'Tidak ditemukan', 409: 'Konflik data', 412: 'Data sudah diubah',
      413: 'Muatan terlalu besar', 415: 'Jenis media tidak didukung', 422: 'Data tidak valid', 428: 'Versi data diperlukan', 429: 'Terlalu banyak percobaan', 500: 'Kesalahan server',
    },
    detail: { 403: 'Peran atau cakupan akun Anda tidak mengizinkan tindakan ini.', 428: 'Muat ulang halaman, lalu ulangi perubahan Anda.' },
    unknown: 'Terjadi kesalahan', offline: 'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.', checkFields: 'Periksa kolom yang ditandai.',
    staleHint: 'Orang lain telah mengubah data ini sejak Anda membukanya. Muat ulang halaman untuk melihat versi terbaru, lalu ulangi perubahan Anda.',
  },
  notFound: { title: 'Data tidak ditemukan', body: 'Data yang Anda cari tidak ada, sudah dihapus, atau bukan milik instansi Anda.', back: 'Kembali ke daftar' },
  national: { title: 'Ringkasan nasional', hint: 'Jumlah per instansi; data perorangan tidak ditampilkan untuk pemantau nasional.', region: 'Kode wilayah', tenant: 'Instansi', employees: 'Pegawai aktif', units: 'Unit kerja', positions: 'Jabatan' },
  soon: { title: 'Belum tersedia', body: 'Fitur ini belum tersedia di AsnApi. Untuk saat ini, kebutuhan dan rencana pengembangan kompetensi dapat dikelola di menu Rencana Pengembangan.' },
  needsScale: { export: 'Unduh CSV', selectPage: 'Pilih semua di halaman ini', clearEmployee: 'hapus' },
  heatmap: {
    unit: 'Unit kerja', region: 'Peta panas unit × kompetensi, dapat digeser', empty: 'Belum ada pegawai dalam lingkup ini.',
    rollup: 'Baris menghitung', subtree: 'Unit beserta seluruh sub-unitnya', self: 'Pegawai unit itu sendiri',
    headcount: '{{assessed}} dari {{employees}} pegawai dinilai',
    reading: 'Angka besar: rata-rata kesenjangan (standar dikurangi hasil; 0 atau kurang berarti memenuhi). Persen: pegawai yang memenuhi standar. Pilih sel untuk melihat pegawainya.',
    step: { meets: 'Rata-rata memenuhi standar (≤ 0)', small: 'Kesenjangan kecil (sampai 0,5)', medium: 'Kesenjangan sedang (sampai 1)', large: 'Kesenjangan besar (di atas 1)' },
    few: 'Kurang dari {{minimum}} pegawai dinilai: terlalu sedikit untuk dibaca sebagai pola (n = jumlahnya)',
    none: 'Tidak ada pegawai dinilai pada kompetensi ini (tidak ada dalam standar atau belum dinilai)', noneShort: 'tidak ada data',
    cellLabel: '{{unit}}, {{competency}}: rata-rata kesenjangan {{gap}}, {{share}}% memenuhi standar, {{count}} pegawai. Lihat pegawai.',
    drillTitle: '{{competency}} di {{unit}}', close: 'Tutup', surplus: 'lebih {{n}}',
  },
};

const en: typeof id = {
  jpLedger: jpLedgerEn,
  followUps: followUpsEn,
  improvementPlan: improvementPlanEn,
  imports: importsEn,
  competencyProfiles: competencyProfilesEn,
  app: { name: 'AsnApi', tagline: 'Civil Servant Competency Management', language: 'Language', signOut: 'Sign out', loading: 'Loading…', error: 'Something went wrong', skip: 'Skip to content', menu: 'Menu' },
  nav: {
    employees: 'Employees', units: 'Units', positions: 'Positions & standards', competencies: 'Competency dictionary', analytics: 'Competency analytics', needs: 'Needs (AKPK)', plans: 'Development plans',
    training: 'Training', sessions: 'Training sessions', evaluation: 'Evaluation', feedback: 'Feedback', soon: 'coming soon', main: 'Main navigation', national: 'National summary',
    settings: 'Settings', apiKeys: 'API keys', audit: 'Audit log', effectiveness: 'Training effectiveness',
    complaints: 'Complaints',
    skp: 'Performance appraisal (SKP)',
  },
  login: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in', failed: 'Sign-in failed', hint: 'Demo account: admin@tpi / Demo#2026' },
  common: {
    search: 'Search', page: 'Page {{page}} of {{pages}}', total: '{{total}} records', previous: 'Previous', next: 'Next', all: 'All',
    active: 'Active', inactive: 'Inactive', yes: 'Yes', no: 'No', back: 'Back', save: 'Save', cancel: 'Cancel', close: 'Close', none: '—', status: 'Status',
  },
  employees: {
    title: 'Civil servants', search: 'Search name or NIP', unit: 'Unit', allUnits: 'All units', subunits: 'Include sub-units',
    nip: 'NIP', name: 'Name', position: 'Position', rank: 'Rank', type: 'Type', empty: 'No matching employees.',
    detail: 'Employee detail', sex: 'Sex', birthDate: 'Birth date', Male: 'Male', Female: 'Female', Pns: 'PNS', Pppk: 'PPPK',
    positionType: 'Position type', hidden: 'hidden',
  },
  profile: {
    title: 'Competency profile', required: 'Required', assessed: 'Assessed', gap: 'Gap', competency: 'Competency', jpm: 'JPM',
    noStandard: 'This position has no competency standard yet.', notAssessed: 'Not assessed', incomplete: 'Incomplete: {{count}} competencies not assessed',
    history: 'Assessment history', noHistory: 'No assessments yet.', method: 'Method', date: 'Date', results: 'Results', lastAssessed: 'Last assessed',
    addAssessment: 'Record an assessment', assessor: 'Assessor', notes: 'Notes', level: 'Level', saved: 'Assessment saved.', radar: 'Radar chart of required and assessed levels',
    below: '{{n}} short', above: '+{{n}} above standard', met: 'meets standard',
    radarMissing: 'Not assessed, left off the radar (not level 0): {{codes}}.', radarTooFew: 'The radar appears once at least 3 competencies are assessed; see the table.', radarScale: 'Rings from the centre outwards: levels 1 to 5.',
  },
  fit: { MemenuhiSyarat: 'Meets requirements (MS)', MasihMemenuhiSyarat: 'Still meets requirements (MMS)', KurangMemenuhiSyarat: 'Does not meet requirements (KMS)' },
  mapping: { Optimal: 'Optimal', CukupOptimal: 'Fairly optimal', KurangOptimal: 'Less than optimal' },
  methods: { AssessmentCenter: 'Assessment center', UjiKompetensi: 'Competency test', Feedback360: '360° feedback', Portfolio: 'Portfolio', SelfAssessment: 'Self assessment', PostTrainingEvaluation: 'Post-training evaluation' },
  units: { title: 'Units (OPD)', code: 'Code', name: 'Name', parent: 'Parent unit', empty: 'No matching units.' },
  positions: {
    title: 'Positions & competency standards', type: 'Position type', level: 'Managerial level', standard: 'Competency standard', saved: 'Standard saved.',
    hint: 'National competencies left empty use the position type\'s default level ({{level}}).', default: 'Default', notRequired: 'Not required',
    types: { JptUtama: 'JPT Utama', JptMadya: 'JPT Madya', JptPratama: 'JPT Pratama', Administrator: 'Administrator', Pengawas: 'Supervisor', Pelaksana: 'Staff', Fungsional: 'Functional' },
  },
  competencies: {
    title: 'Competency dictionary', kind: 'Kind', national: 'National', own: 'Agency', Teknis: 'Technical', Manajerial: 'Managerial', SosialKultural: 'Socio-cultural', code: 'Code', group: 'Field',
    create: 'Add a technical competency', edit: 'Edit competency {{code}}', editButton: 'Edit', description: 'Description', levelN: 'Level {{level}} descriptor', saved: 'Competency {{code}} saved.',
    source: 'Source', noDescription: 'No description yet.', levelUndescribed: 'This level is not described yet.',
    noLevels: 'Level descriptors are not available yet.', noLevelsOwn: 'The agency has not described the levels of this technical competency yet. A BKPSDM admin can add them.',
    retired: 'Retired', retire: 'Retire', retireYes: 'Yes, retire it', nationalReadOnly: 'National competencies apply to every agency and cannot be changed.',
    retireConfirm: 'Retire {{code}}? Its assessment history stays, but it can no longer be used in position standards or new assessments.',
  },
  analytics: {
    title: 'Competency analytics', distribution: 'JPM distribution', fit: 'Position requirement category', mapping: 'Competency mapping', notAssessed: 'Not assessed', noStandard: 'No standard',
    heatmap: 'Unit × competency heatmap (average gap)', gaps: 'Largest gaps', below: 'below standard', employees: 'employees',
    legend: 'Green: meets the standard; red: large gap. Number: average gap; percent: share meeting the standard.',
  },
  plans: {
    title: 'Development plans', employee: 'Employee', year: 'Year', titleCol: 'Title', jp: 'JP', approve: 'Approve', reject: 'Reject', reason: 'Reason for rejection',
    empty: 'No plans yet.', approved: 'Plan approved.', rejected: 'Plan rejected.', open: 'Open plan', actions: 'Actions',
    openExisting: 'Open the existing plan: {{title}} ({{status}})',
    Draft: 'Draft', Submitted: 'Submitted', Approved: 'Approved', Rejected: 'Rejected', Completed: 'Completed',
  },
  needs: {
    title: 'Development needs (AKPK)', generate: 'Generate from gaps', verify: 'Verify', validate: 'Validate', choose: 'Select', priority: 'Priority',
    empty: 'No needs for this selection.', generated: 'Inventory built: {{created}} new, {{updated}} updated, {{removed}} removed.',
    reviewed: '{{count}} needs are now {{status}}.', Identified: 'Identified', Verified: 'Verified', Validated: 'Validated', Rejected: 'Rejected',
    priorities: { Tinggi: 'High', Sedang: 'Medium', Rendah: 'Low' },
  },
  planForm: {
    open: 'Draft a development plan', title: 'New development plan', defaultTitle: 'Competency development plan {{year}}', target: 'Target level', form: 'Form',
    activity: 'Activity', due: 'Due', add: 'Add activity', saveDraft: 'Save draft', saveSubmit: 'Save and submit', saved: 'Plan saved ({{status}}).',
    item: 'Item {{n}}', remove: 'Remove', removeItem: 'Remove item {{n}}',
  },
  forms: { PelatihanKepemimpinanNasionalI: 'National leadership I (PKN I)', PelatihanKepemimpinanNasionalII: 'National leadership II (PKN II)', PelatihanKepemimpinanAdministrator: 'Administrator leadership (PKA)', PelatihanKepemimpinanPengawas: 'Supervisor leadership (PKP)', PelatihanFungsional: 'Functional training', PelatihanTeknis: 'Technical training', Seminar: 'Seminar', Workshop: 'Workshop', Kursus: 'Course', Penataran: 'Upgrading', Coaching: 'Coaching', Mentoring: 'Mentoring', ELearning: 'E-learning', PelatihanJarakJauh: 'Distance training', Magang: 'Internship', StudiBanding: 'Study visit', PertukaranPegawai: 'Staff exchange', Detasering: 'Secondment', BelajarMandiri: 'Self-learning', KomunitasBelajar: 'Learning community' },
  planDetail: {
    edit: 'Edit draft plan', items: 'Development activities', totalJp: 'Total JP', version: 'version {{version}}',
    classroom: 'classroom', nonClassroom: 'non-classroom', share: 'Classroom share', shareHigh: 'well above the 10% pattern',
    shareHint: 'The 10:20:70 pattern: about 10% of development in classroom training, 20% learning from others (coaching, mentoring), 70% on the job.',
    reload: 'Load the latest version', history: 'History', created: 'Drafted by {{by}}', submitted: 'Submitted {{at}}', approvedBy: 'Approved by {{by}}, {{at}}', rejectedBy: 'Rejected by {{by}}, {{at}}',
    reason: 'Reason for rejection', completed: 'Completed {{at}}',
    step: { edit: 'Edit', submit: 'Submit', approve: 'Approve', reject: 'Reject', revise: 'Revise (back to draft)', complete: 'Mark completed' },
    done: { edit: 'Draft saved.', submit: 'Plan submitted.', approve: 'Plan approved.', reject: 'Plan rejected.', revise: 'The plan is a draft again.', complete: 'Plan completed.' },
  },
  copy: {
    open: 'Copy this standard to other positions', title: 'Copy the standard of {{name}} to other positions', search: 'Find target positions (name or code)', noItems: 'This position has no standard to copy yet.',
    more: 'Showing 10 of {{total}} positions; narrow the search.', none: 'No other position matches.', chosen: 'Target positions chosen: {{count}}', remove: 'Remove {{name}} from the selection', next: 'Next',
    confirm: 'The standard of {{name}} ({{items}} competencies) will replace the standards of these {{count}} positions. Continue?', yes: 'Yes, copy the standard',
    done: 'Standard copied to {{count}} positions, {{items}} competencies each.', skipped: '{{count}} positions skipped: their standard was already the same.', unchanged: 'Skipped: already the same', position: 'Position', copied: 'Copied ({{items}} competencies)', again: 'Copy to other positions again',
  },
  settings: {
    title: 'Agency settings', hint: 'These apply to your whole agency. Profiles, analytics, the needs inventory and JP attainment use them at once.',
    thresholds: 'JPM thresholds (%)', thresholdsHint: 'Each threshold is an inclusive lower bound. Defaults: MS 80, MMS 68, Optimal 90, Cukup Optimal 78.',
    jpmMemenuhiSyarat: 'Meets requirements (MS)', jpmMasihMemenuhiSyarat: 'Still meets requirements (MMS)', jpmOptimal: 'Optimal', jpmCukupOptimal: 'Fairly optimal',
    heatmap: 'Heatmap', heatmapMinimumCount: 'Minimum employees per cell (1–100)',
    duties: 'Separation of duties', allowSelfApproval: 'Let whoever drafted a plan approve it, and whoever verified a need validate it',
    allowSelfApprovalHint: 'Only for units too small to separate the duties. Default: not allowed.',
    saved: 'Settings saved.', reload: 'Load the latest settings',
  },
  apiKeys: {
    title: 'API keys', hint: 'Keys for scripts and other systems (e.g. a SIASN sync). The secret is shown once; only its hash is stored.',
    create: 'Create an API key', createButton: 'Create key', name: 'Key name', prefix: 'Prefix', scopes: 'Scopes', created: 'Created', expires: 'Expires', never: 'Never',
    empty: 'No API keys yet.', secret: 'Key secret', copy: 'Copy', copied: 'Secret copied to the clipboard.', copyFailed: 'Could not copy automatically: select the text and copy it by hand.',
    done: 'I have stored it', createdTitle: 'Key "{{name}}" created',
    once: 'Store this secret now. It will not be shown again and cannot be recovered; if it is lost, revoke this key and create a new one.',
    usage: 'Send it as the header:', secretPlaceholder: '<the secret above>',
    revoke: 'Revoke', revokeYes: 'Yes, revoke the key', revokeConfirm: 'Revoke the key "{{name}}"? Scripts using it are refused at once. Revoking cannot be undone.',
    status: { active: 'Active', revoked: 'Revoked', expired: 'Expired' },
    scope: { Read: 'Read', Write: 'Write', Import: 'Import', PersonalData: 'Personal data' },
    scopeName: { read: 'Read', write: 'Write', import: 'Import', personaldata: 'Personal data' },
    scopeHint: { Read: 'read the agency\'s data', Write: 'create and change records', Import: 'bulk import of employees', PersonalData: 'full NIPs and birth dates (on top of another scope)' },
  },
  audit: {
    title: 'Audit log', hint: 'Every change is recorded: who, when, which command, which record. Entries cannot be changed or deleted.',
    entityType: 'Record type', actor: 'Actor', entityId: 'Record id', from: 'From', to: 'To', at: 'Time', action: 'Command', data: 'Request',
    utc: 'Dates are whole UTC days (WIB = UTC+7), both ends included.', empty: 'No entries for this selection.', showData: 'Show', historyOf: 'Show this record\'s history',
    type: { Employee: 'Employee', Unit: 'Unit', Position: 'Position', Competency: 'Competency', PositionStandard: 'Position standard', Assessment: 'Assessment', DevelopmentNeed: 'Development need', DevelopmentPlan: 'Development plan', TenantSetting: 'Settings', ApiKey: 'API key' },
    actionName: {
      CreateEmployee: 'Create employee', UpdateEmployee: 'Update employee', SetEmployeeActive: '(De)activate employee', ImportEmployees: 'Import employees',
      CreateUnit: 'Create unit', UpdateUnit: 'Update unit', DeactivateUnit: 'Deactivate unit', CreatePosition: 'Create position', UpdatePosition: 'Update position', DeactivatePosition: 'Deactivate position',
      CreateCompetency: 'Create competency', UpdateCompetency: 'Update competency', RetireCompetency: 'Retire competency', SetPositionStandard: 'Set position standard', CopyPositionStandard: 'Copy position standard',
      CreateAssessment: 'Record assessment', GenerateNeeds: 'Generate needs', ReviewNeeds: 'Review needs', CreatePlan: 'Create plan', UpdatePlan: 'Update plan', MovePlan: 'Move plan',
      UpdateCompetencySettings: 'Update settings', CreateApiKey: 'Create API key', RevokeApiKey: 'Revoke API key',
    },
  },
  problem: {
    status: {
      400: 'Invalid request', 401: 'Sign-in failed', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 412: 'Changed by someone else',
      413: 'Request too large', 415: 'Unsupported media type', 422: 'Invalid data', 428: 'Version required', 429: 'Too many attempts', 500: 'Server error',
    },
    detail: { 403: 'Your role or scope does not allow this.', 428: 'Reload the page, then repeat your change.' },
    unknown: 'Something went wrong', offline: 'The server cannot be reached. Check the connection and try again.', checkFields: 'Check the marked fields.',
    staleHint: 'Someone else changed this record since you opened it. Reload the page to see the latest version, then repeat your change.',
  },
  notFound: { title: 'Record not found', body: 'The record you are looking for does not exist, was removed, or belongs to another agency.', back: 'Back to the list' },
  national: { title: 'National summary', hint: 'Counts per agency; the national viewer sees no individual records.', region: 'Region code', tenant: 'Agency', employees: 'Active employees', units: 'Units', positions: 'Positions' },
  soon: { title: 'Not available yet', body: 'This feature is not available in AsnApi yet. For now, development needs and plans are managed under Development plans.' },
  needsScale: { export: 'Download CSV', selectPage: 'Select all on this page', clearEmployee: 'clear' },
  heatmap: {
    unit: 'Unit', region: 'Unit × competency heatmap, scrollable', empty: 'No employees in this scope yet.',
    rollup: 'Rows count', subtree: 'The unit and all its sub-units', self: 'The unit\'s own staff only',
    headcount: '{{assessed}} of {{employees}} employees assessed',
    reading: 'Large number: average gap (required minus assessed; 0 or less meets the standard). Percent: employees meeting the standard. Select a cell to see its employees.',
    step: { meets: 'Meets the standard on average (≤ 0)', small: 'Small gap (up to 0.5)', medium: 'Medium gap (up to 1)', large: 'Large gap (above 1)' },
    few: 'Fewer than {{minimum}} employees assessed: too few to read as a pattern (n = how many)',
    none: 'No employee assessed on this competency (not in the standard, or not assessed yet)', noneShort: 'no data',
    cellLabel: '{{unit}}, {{competency}}: average gap {{gap}}, {{share}}% meet the standard, {{count}} employees. Show employees.',
    drillTitle: '{{competency}} in {{unit}}', close: 'Close', surplus: '{{n}} above',
  },
};

export const LANGUAGE_KEY = 'asnapi.language';

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: localStorage.getItem(LANGUAGE_KEY) ?? 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});

for (const lng of ['id', 'en'] as const) i18n.addResourceBundle(lng, 'translation', { audit: jpLedgerAudit[lng] }, true, false);

i18n.on('languageChanged', lng => {
  localStorage.setItem(LANGUAGE_KEY, lng);
  document.documentElement.lang = lng;
});

export default i18n;
