import i18n from '../../i18n';

// The citizen-feedback pages' words (IKM, service units, the public survey form, the QR poster), kept beside them and
// added to the shared translation when the first of these pages loads. The public form always speaks Indonesian.
const id = {
  feedback: {
    nav: 'Umpan Balik (IKM)', tabs: 'Bagian umpan balik', overview: 'Indeks Kepuasan Masyarakat', units: 'Unit Layanan',
    overviewHint: 'IKM (PermenPAN-RB 14/2017) tiap unit layanan dari survei kepuasan masyarakat, dengan mutu dan kecukupan sampelnya.',
    from: 'Dari tanggal', to: 'Sampai tanggal', unit: 'Unit kerja', allUnits: 'Semua unit',
    combined: 'Gabungan', combinedOf: 'Gabungan {{count}} unit layanan', serviceUnit: 'Unit layanan', ikm: 'IKM', grade: 'Mutu', respondents: 'Responden',
    sample: 'Sampel', sampleOf: '{{actual}} dari {{required}} yang diperlukan', sampleShort: 'Sampel belum memadai', sampleOk: 'Sampel memadai',
    sampleHint: 'Sampel minimal menurut Krejcie–Morgan dari jumlah orang yang dilayani dalam periode ini ({{population}}).',
    noRespondents: 'Belum ada responden', emptyUnits: 'Belum ada unit layanan dalam lingkup ini.', weakest: 'Unsur terlemah', open: 'Buka',
    gradeLabel: { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' },
    periodInvalid: 'Periode tidak valid',
    // The unit page
    trend: 'Tren IKM per triwulan', trendChart: 'Grafik garis IKM per triwulan', quarter: 'Triwulan', noTrend: 'Belum ada responden pada triwulan-triwulan ini.',
    radar: 'Nilai rata-rata (NRR) 9 unsur', radarChart: 'Grafik radar NRR sembilan unsur, skala 1 sampai 4', unsur: 'Unsur', nrr: 'NRR',
    improvementPlan: 'Rencana perbaikan', poster: 'Poster QR survei', publicForm: 'Formulir survei publik', edit: 'Ubah unit layanan',
    surveyOpen: 'Survei dibuka', surveyClosed: 'Survei ditutup', back: 'Kembali ke daftar',
    // Paper forms
    paper: 'Input survei kertas', paperHint: 'Satu baris per lembar: tanggal pengisian, jenis layanan, lalu 9 nilai 1–4 (U1–U9), dipisah koma. Contoh: 2026-11-20, KTP-el, 4,3,4,3,3,4,4,3,4',
    paperLines: 'Lembar survei (satu per baris, paling banyak 1.000)', paperSubmit: 'Simpan lembar survei', paperSaved: '{{count}} lembar survei tersimpan.',
    paperParse: 'Baris {{line}}: tulis tanggal, jenis layanan dan 9 nilai, dipisah koma.',
    paperLine: 'Baris {{line}}, {{what}}: {{message}}', paperField: { scores: 'nilai', serviceType: 'jenis layanan', respondedOn: 'tanggal', suggestion: 'saran', respondent: 'profil' },
    // The service unit list and editor
    newUnit: 'Tambah unit layanan', editUnit: 'Ubah unit layanan {{name}}', saved: 'Unit layanan {{name}} tersimpan.',
    name: 'Nama', slug: 'Alamat (slug)', slugHint: 'Huruf kecil, angka dan tanda hubung, mis. dukcapil-kota. Mengubahnya membuat poster QR lama tidak berlaku.',
    serviceTypes: 'Jenis layanan', serviceTypesHint: 'Satu jenis per baris (1–20), mis. KTP-el.', population: 'Orang dilayani per tahun', populationShort: 'Dilayani/tahun', staff: 'Petugas',
    staffSearch: 'Cari pegawai (nama atau NIP)', addStaff: 'Tambah', removeStaff: 'Hapus', noStaff: 'Belum ada petugas.', surveyOpenField: 'Survei dibuka untuk publik',
    chooseUnit: '— pilih unit —', emptyList: 'Tidak ada unit layanan yang cocok.', filterSurvey: 'Survei', reload: 'Muat versi terbaru',
    readOnly: 'Hanya admin instansi yang dapat mengubah unit layanan.',
    // The poster
    posterTitle: 'Bagaimana pelayanan kami hari ini?', posterLead: 'Pindai kode QR ini dengan ponsel Anda dan isi survei kepuasan masyarakat.',
    posterSteps: 'Tanpa mendaftar · 9 pertanyaan · kurang dari 2 menit · jawaban Anda tanpa nama', posterOrType: 'Atau buka alamat ini:', print: 'Cetak poster',
    posterQr: 'Kode QR menuju formulir survei {{name}}', posterClosed: 'Survei unit layanan ini sedang ditutup: poster tetap dapat dicetak, tetapi jawaban belum diterima sampai survei dibuka.',
  },
  survey: {
    title: 'Survei Kepuasan Masyarakat', intro: 'Bantu kami memperbaiki pelayanan. Jawaban Anda tanpa nama dan hanya dipakai untuk menghitung Indeks Kepuasan Masyarakat.',
    serviceType: 'Layanan yang Anda terima', chooseService: '— pilih layanan —', questions: 'Penilaian Anda',
    question: 'Pertanyaan {{n}} dari 9', answers: { 1: 'Tidak baik', 2: 'Kurang baik', 3: 'Baik', 4: 'Sangat baik' },
    unanswered: 'Pertanyaan ini belum dijawab.', profile: 'Tentang Anda (boleh dilewati)',
    sex: 'Jenis kelamin', ageBand: 'Usia', education: 'Pendidikan terakhir', occupation: 'Pekerjaan', skip: '— tidak diisi —',
    suggestion: 'Saran atau masukan (boleh dikosongkan)', suggestionHint: 'Paling banyak 1.000 karakter. Jangan menulis data pribadi.',
    submit: 'Kirim jawaban', sending: 'Mengirim…', thanks: 'Terima kasih!', thanksBody: 'Jawaban Anda untuk {{name}} sudah kami terima.',
    thanksWhen: 'Diterima {{when}}.', again: 'Isi survei lagi untuk layanan lain',
    closed: 'Survei ditutup', closedBody: 'Survei {{name}} sedang ditutup. Jawaban belum dapat diterima; terima kasih atas kesediaan Anda.',
    invalid: 'Ada jawaban yang perlu diperbaiki', invalidBody: 'Periksa pertanyaan yang ditandai merah di bawah.',
    tooMany: 'Terlalu banyak kiriman', tooManyBody: 'Terlalu banyak survei terkirim dari jaringan ini dalam semenit. Tunggu sebentar, lalu tekan Kirim lagi: jawaban Anda tidak hilang.',
    offline: 'Tidak tersambung', offlineBody: 'Jawaban belum terkirim karena koneksi terputus. Tekan Kirim lagi: jawaban yang sama hanya dihitung sekali.',
    failed: 'Jawaban belum terkirim', failedBody: 'Terjadi gangguan. Tekan Kirim lagi: jawaban yang sama hanya dihitung sekali.',
    alreadyUsed: 'Jawaban Anda sudah diterima sebelumnya', alreadyUsedBody: 'Kiriman pertama Anda sudah tercatat dan dihitung sekali.',
    notFound: 'Formulir tidak ditemukan', notFoundBody: 'Alamat survei ini tidak dikenal. Pindai ulang kode QR di loket pelayanan.',
    loading: 'Memuat formulir…',
    sexes: { Male: 'Laki-laki', Female: 'Perempuan' },
    ageBands: { Under20: 'Di bawah 20 tahun', Age20To29: '20–29 tahun', Age30To39: '30–39 tahun', Age40To49: '40–49 tahun', Age50To59: '50–59 tahun', Age60AndOver: '60 tahun ke atas' },
    educations: { TidakSekolah: 'Tidak sekolah', Sd: 'SD', Smp: 'SMP', Sma: 'SMA/SMK', Diploma: 'Diploma (D1–D4)', S1: 'S1', S2: 'S2', S3: 'S3' },
    occupations: { Pns: 'PNS', TniPolri: 'TNI/Polri', PegawaiSwasta: 'Pegawai swasta', Wirausaha: 'Wirausaha', PelajarMahasiswa: 'Pelajar/Mahasiswa', IbuRumahTangga: 'Ibu rumah tangga', Lainnya: 'Lainnya' },
  },
};

const en: typeof id = {
  feedback: {
    nav: 'Feedback (IKM)', tabs: 'Feedback sections', overview: 'Public Satisfaction Index', units: 'Service units',
    overviewHint: 'The IKM (PermenPAN-RB 14/2017) of each service unit from the public satisfaction survey, with its grade and whether the sample suffices.',
    from: 'From', to: 'To', unit: 'Unit', allUnits: 'All units',
    combined: 'Combined', combinedOf: '{{count}} service units combined', serviceUnit: 'Service unit', ikm: 'IKM', grade: 'Grade', respondents: 'Respondents',
    sample: 'Sample', sampleOf: '{{actual}} of {{required}} required', sampleShort: 'Sample too small', sampleOk: 'Sample sufficient',
    sampleHint: 'The Krejcie–Morgan minimum sample for the people served in this period ({{population}}).',
    noRespondents: 'No respondents yet', emptyUnits: 'No service units in this scope yet.', weakest: 'Weakest element', open: 'Open',
    gradeLabel: { A: 'Very good', B: 'Good', C: 'Poor', D: 'Bad' },
    periodInvalid: 'Invalid period',
    trend: 'IKM by quarter', trendChart: 'Line chart of the IKM by quarter', quarter: 'Quarter', noTrend: 'No respondents in these quarters yet.',
    radar: 'Mean score (NRR) of the 9 elements', radarChart: 'Radar chart of the nine elements\' NRR, scale 1 to 4', unsur: 'Element', nrr: 'NRR',
    improvementPlan: 'Improvement plan', poster: 'Survey QR poster', publicForm: 'Public survey form', edit: 'Edit service unit',
    surveyOpen: 'Survey open', surveyClosed: 'Survey closed', back: 'Back to the list',
    paper: 'Enter paper surveys', paperHint: 'One line per form: the day, the service type, then 9 scores 1–4 (U1–U9), comma-separated. Example: 2026-11-20, KTP-el, 4,3,4,3,3,4,4,3,4',
    paperLines: 'Survey forms (one per line, at most 1,000)', paperSubmit: 'Save the forms', paperSaved: '{{count}} survey forms saved.',
    paperParse: 'Line {{line}}: write the day, the service type and 9 scores, comma-separated.',
    paperLine: 'Line {{line}}, {{what}}: {{message}}', paperField: { scores: 'scores', serviceType: 'service type', respondedOn: 'day', suggestion: 'suggestion', respondent: 'profile' },
    newUnit: 'Add service unit', editUnit: 'Edit service unit {{name}}', saved: 'Service unit {{name}} saved.',
    name: 'Name', slug: 'Address (slug)', slugHint: 'Lower-case letters, digits and hyphens, e.g. dukcapil-kota. Changing it makes printed QR posters point nowhere.',
    serviceTypes: 'Service types', serviceTypesHint: 'One per line (1–20), e.g. KTP-el.', population: 'People served per year', populationShort: 'Served/year', staff: 'Staff',
    staffSearch: 'Find an employee (name or NIP)', addStaff: 'Add', removeStaff: 'Remove', noStaff: 'No staff yet.', surveyOpenField: 'Survey open to the public',
    chooseUnit: '— choose a unit —', emptyList: 'No matching service units.', filterSurvey: 'Survey', reload: 'Load the latest version',
    readOnly: 'Only the tenant admin can change service units.',
    posterTitle: 'How was our service today?', posterLead: 'Scan this QR code with your phone and fill in the public satisfaction survey.',
    posterSteps: 'No sign-up · 9 questions · under 2 minutes · anonymous', posterOrType: 'Or open this address:', print: 'Print the poster',
    posterQr: 'QR code to the survey form of {{name}}', posterClosed: 'This service unit\'s survey is closed: the poster can be printed, but answers are refused until it opens.',
  },
  survey: id.survey,
};

i18n.addResourceBundle('id', 'translation', id, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
