import i18n from '../../i18n';

// The SKP page's words, kept beside it and added to the shared translation when the page loads.
const id = {
  skp: {
    nav: 'Penilaian Kinerja (SKP)', title: 'Penilaian Kinerja (SKP)',
    hint: 'Predikat kinerja (PermenPAN-RB 6/2022) dibaca dari matriks hasil kerja × perilaku kerja, tidak diisi sendiri.',
    period: 'Periode', noPeriod: 'Belum ada periode penilaian.', unit: 'Unit kerja', allUnits: 'Semua unit', predicate: 'Predikat', allPredicates: 'Semua predikat',
    distribution: 'Sebaran predikat', distributionChart: 'Grafik sebaran predikat', inScope: 'Pegawai aktif dalam lingkup', appraised: 'Sudah dinilai',
    without: 'Belum dinilai', count: 'Jumlah', share: 'Porsi',
    entry: 'Input penilaian', search: 'Cari pegawai (nama atau NIP)', choose: 'Pilih', chosen: 'Pegawai: {{name}}', change: 'Ganti pegawai',
    results: 'Hasil kerja', behaviour: 'Perilaku kerja', notes: 'Catatan (opsional)', preview: 'Predikat', previewNone: 'Pilih kedua penilaian untuk melihat predikat.',
    save: 'Simpan penilaian', saved: 'Penilaian {{name}} tersimpan: {{predicate}}.', corrected: 'Koreksi tersimpan: {{predicate}}.',
    list: 'Daftar penilaian', employee: 'Pegawai', nip: 'NIP', empty: 'Belum ada penilaian yang cocok.', correct: 'Koreksi', correctTitle: 'Koreksi penilaian {{name}}',
    saveCorrection: 'Simpan koreksi', reload: 'Muat versi terbaru', appraisedBy: 'Dinilai oleh', readOnly: 'Anda hanya dapat melihat penilaian.',
    tabs: 'Bagian evaluasi',
  },
};

const en: typeof id = {
  skp: {
    nav: 'Performance appraisal (SKP)', title: 'Performance appraisal (SKP)',
    hint: 'The performance predicate (PermenPAN-RB 6/2022) is read from the work results × work behaviour matrix, never entered by hand.',
    period: 'Period', noPeriod: 'No appraisal period yet.', unit: 'Unit', allUnits: 'All units', predicate: 'Predicate', allPredicates: 'All predicates',
    distribution: 'Distribution of predicates', distributionChart: 'Chart of the distribution of predicates', inScope: 'Active employees in scope', appraised: 'Appraised',
    without: 'Not appraised', count: 'Count', share: 'Share',
    entry: 'Enter an appraisal', search: 'Find an employee (name or NIP)', choose: 'Choose', chosen: 'Employee: {{name}}', change: 'Another employee',
    results: 'Work results', behaviour: 'Work behaviour', notes: 'Notes (optional)', preview: 'Predicate', previewNone: 'Pick both ratings to see the predicate.',
    save: 'Save appraisal', saved: 'Appraisal of {{name}} saved: {{predicate}}.', corrected: 'Correction saved: {{predicate}}.',
    list: 'Appraisals', employee: 'Employee', nip: 'NIP', empty: 'No appraisal matches.', correct: 'Correct', correctTitle: 'Correct the appraisal of {{name}}',
    saveCorrection: 'Save correction', reload: 'Load the latest version', appraisedBy: 'Appraised by', readOnly: 'You can only view appraisals.',
    tabs: 'Evaluation sections',
  },
};

i18n.addResourceBundle('id', 'translation', id, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
