import i18n from '../../i18n';

// The evaluation pages' words, kept beside them and added to the shared translation when the first evaluation page loads.
const id = {
  evaluation: {
    nav: 'Evaluasi', title: 'Evaluasi', hint: 'Siklus evaluasi membekukan angka indikator saat ditutup; temuan (area perlu perbaikan) menjadi tindak lanjut yang dipantau.',
    otherPages: 'Halaman evaluasi lain', effectiveness: 'Efektivitas pelatihan', skp: 'Penilaian kinerja (SKP)', followUps: 'Evaluasi pasca pelatihan',
    cycles: 'Siklus evaluasi', newCycle: 'Buat siklus', editCycle: 'Ubah siklus', name: 'Nama siklus', scope: 'Cakupan', tenantWide: 'Seluruh pemerintah daerah',
    unit: 'Unit kerja (beserta unit di bawahnya)', periodFrom: 'Awal periode', periodTo: 'Akhir periode', period: 'Periode', status: 'Status', year: 'Tahun',
    allStatuses: 'Semua status', findings: 'Temuan', openActions: 'Tindak lanjut terbuka', empty: 'Belum ada siklus evaluasi.', open: 'Buka',
    statuses: { Open: 'Berjalan', Closed: 'Ditutup' },
    saved: 'Siklus tersimpan.', created: 'Siklus {{name}} dibuat.',
    back: 'Semua siklus', closedBy: 'Ditutup {{at}} oleh {{by}}',
    close: 'Tutup siklus', closeConfirm: 'Tutup siklus "{{name}}"? Angka indikator disimpan sebagai potret yang tidak berubah lagi, dan siklus tidak dapat dibuka kembali. Tindak lanjut tetap dapat dikerjakan.',
    closeYes: 'Ya, tutup siklus', closedDone: 'Siklus ditutup; indikator tersimpan sebagai potret.',
    indicators: 'Indikator', live: 'Angka langsung (dihitung {{at}}), berubah mengikuti data sampai siklus ditutup', snapshot: 'Potret saat siklus ditutup ({{at}}): tidak berubah lagi',
    indicator: 'Indikator', value: 'Nilai', details: 'Rincian', seeFigure: 'Lihat angka', noValue: 'Tidak ada data',
    pending: 'Siklus yang ditutup sebelum suatu indikator tersedia tidak memuatnya; perbandingan menyebutnya "tidak dapat dibandingkan".',
    comparison: 'Dibanding siklus sebelumnya', previous: 'Sebelumnya', current: 'Sekarang', change: 'Perubahan', direction: 'Arah',
    noPrevious: 'Belum ada siklus tertutup sebelumnya dengan cakupan yang sama.', previousName: 'Siklus sebelumnya: {{name}}',
    directions: { Better: 'Membaik', Worse: 'Memburuk', Same: 'Tetap', Unknown: 'Tidak dapat dibandingkan' },
    newFinding: 'Tambah temuan', findingTitle: 'Judul temuan', description: 'Uraian', evidence: 'Bukti (indikator)', evidenceLink: 'Tautan bukti',
    noIndicator: 'Tanpa indikator', severity: 'Tingkat kepentingan', severities: { Low: 'Rendah', Medium: 'Sedang', High: 'Tinggi' },
    findingSaved: 'Temuan tersimpan.', noFindings: 'Belum ada temuan.', closedNoFindings: 'Siklus sudah ditutup: temuan tidak dapat ditambah.',
    actions: 'Tindak lanjut', newAction: 'Tambah tindak lanjut', kind: 'Jenis', kinds: { PlanItem: 'Butir rencana pengembangan', Program: 'Program pelatihan', Session: 'Angkatan pelatihan', Task: 'Tugas' },
    actionTitle: 'Uraian tugas', program: 'Program pelatihan', session: 'Angkatan pelatihan', owner: 'Penanggung jawab', due: 'Tenggat',
    actionSaved: 'Tindak lanjut tersimpan.', noActions: 'Belum ada tindak lanjut.', overdue: 'Lewat tenggat',
    actionStatuses: { Open: 'Belum dimulai', InProgress: 'Sedang dikerjakan', Done: 'Selesai', Cancelled: 'Dibatalkan' },
    steps: { InProgress: 'Mulai', Done: 'Selesai', Cancelled: 'Batalkan' },
    moved: 'Status tindak lanjut: {{status}}.', yes: 'Ya', no: 'Tidak', reload: 'Muat versi terbaru',
    reasons: { closed: 'Orang lain sudah menutup siklus ini. Temuan baru tidak dapat ditambahkan; tindak lanjut untuk temuan yang ada tetap dapat dicatat.', transition: 'Langkah ini tidak tersedia dari status tindak lanjut sekarang.', limit: 'Batas jumlah tercapai.' },
  },
};

const en: typeof id = {
  evaluation: {
    nav: 'Evaluation', title: 'Evaluation', hint: 'An evaluation cycle freezes its indicators when it closes; findings (areas to improve) become tracked follow-up actions.',
    otherPages: 'Other evaluation pages', effectiveness: 'Training effectiveness', skp: 'Performance appraisal (SKP)', followUps: 'Post-training evaluation',
    cycles: 'Evaluation cycles', newCycle: 'New cycle', editCycle: 'Edit cycle', name: 'Cycle name', scope: 'Scope', tenantWide: 'The whole regional government',
    unit: 'Unit (with the units below it)', periodFrom: 'Period from', periodTo: 'Period to', period: 'Period', status: 'Status', year: 'Year',
    allStatuses: 'All statuses', findings: 'Findings', openActions: 'Open actions', empty: 'No evaluation cycles yet.', open: 'Open',
    statuses: { Open: 'Open', Closed: 'Closed' },
    saved: 'Cycle saved.', created: 'Cycle {{name}} created.',
    back: 'All cycles', closedBy: 'Closed {{at}} by {{by}}',
    close: 'Close cycle', closeConfirm: 'Close the cycle "{{name}}"? Its indicators are stored as a snapshot that never changes, and the cycle cannot be reopened. Follow-up actions can still be worked on.',
    closeYes: 'Yes, close the cycle', closedDone: 'Cycle closed; its indicators are stored as a snapshot.',
    indicators: 'Indicators', live: 'Live figures (computed {{at}}), they follow the data until the cycle closes', snapshot: 'Snapshot taken when the cycle closed ({{at}}): never changes',
    indicator: 'Indicator', value: 'Value', details: 'Details', seeFigure: 'See the figure', noValue: 'No data',
    pending: 'A cycle closed before an indicator existed does not hold it; the comparison calls it "cannot be compared".',
    comparison: 'Compared with the previous cycle', previous: 'Previous', current: 'Now', change: 'Change', direction: 'Direction',
    noPrevious: 'No earlier closed cycle of the same scope yet.', previousName: 'Previous cycle: {{name}}',
    directions: { Better: 'Better', Worse: 'Worse', Same: 'Same', Unknown: 'Cannot compare' },
    newFinding: 'Add finding', findingTitle: 'Finding title', description: 'Description', evidence: 'Evidence (indicator)', evidenceLink: 'Evidence link',
    noIndicator: 'No indicator', severity: 'Severity', severities: { Low: 'Low', Medium: 'Medium', High: 'High' },
    findingSaved: 'Finding saved.', noFindings: 'No findings yet.', closedNoFindings: 'The cycle is closed: no findings can be added.',
    actions: 'Follow-up actions', newAction: 'Add action', kind: 'Kind', kinds: { PlanItem: 'Development plan item', Program: 'Training program', Session: 'Training session', Task: 'Task' },
    actionTitle: 'Task', program: 'Training program', session: 'Training session', owner: 'Owner', due: 'Due',
    actionSaved: 'Action saved.', noActions: 'No actions yet.', overdue: 'Overdue',
    actionStatuses: { Open: 'Not started', InProgress: 'In progress', Done: 'Done', Cancelled: 'Cancelled' },
    steps: { InProgress: 'Start', Done: 'Done', Cancelled: 'Cancel' },
    moved: 'Action status: {{status}}.', yes: 'Yes', no: 'No', reload: 'Load the latest version',
    reasons: { closed: 'Someone else has closed this cycle. No new findings can be added; actions for the existing findings can still be recorded.', transition: 'This step is not available from the action\'s current status.', limit: 'The limit has been reached.' },
  },
};

i18n.addResourceBundle('id', 'translation', id, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
