import i18n from '../../i18n';

// The training-effectiveness pages' words, kept beside them and added to the shared translation when the first one loads.
const id = {
  eff: {
    title: 'Efektivitas Pelatihan', nav: 'Efektivitas pelatihan', tabs: 'Bagian efektivitas', templates: 'Kuesioner reaksi',
    groupBy: 'Kelompokkan menurut', byProgram: 'Program', byPartner: 'Mitra', from: 'Sesi berakhir dari', to: 'sampai',
    name: 'Nama', sessions: 'Angkatan', level1: 'Level 1 — Reaksi', level2: 'Level 2 — Pembelajaran', level3: 'Level 3 — Perilaku', level4: 'Level 4 — Hasil',
    level3PerProgram: 'per program', level3PerProgramHint: 'Tindak lanjut atasan (level 3) dihitung per program; kelompokkan menurut program.', level3None: 'belum ada', level3Detail: '{{filed}} dari {{due}} diisi · tepat waktu {{onTime}}', level3Hint: 'Rata-rata penerapan di tempat kerja (1–5) dari tindak lanjut atasan', results: 'Bandingkan', noData: '—',
    mean: 'Rata-rata {{mean}} ({{band}})', respondents: '{{n}} dari {{of}} peserta menjawab ({{rate}})',
    gain: 'Kenaikan {{gain}} poin', normGain: 'g ternormalisasi {{g}}', improved: '{{share}} meningkat', scored: '{{n}} peserta dengan dua nilai',
    atMax: '{{n}} sudah 100 pada pra-tes', empty: 'Belum ada angkatan yang selesai pada periode ini.', total: 'Seluruh periode',
    sessionsOf: 'Angkatan: {{name}}', sessionCol: 'Angkatan', dates: 'Tanggal', open: 'Buka',
    session: 'Angkatan: {{name}}', program: 'Program', partner: 'Mitra', questionnaire: 'Kuesioner: {{name}}', item: 'Pernyataan', itemMean: 'Rata-rata', n: 'Jawaban',
    participants: 'Peserta', employee: 'Pegawai', unit: 'Unit kerja', status: 'Status', pre: 'Pra-tes', post: 'Pasca-tes', answered: 'Reaksi',
    answeredYes: 'Sudah ({{mean}})', answeredNo: 'Belum', fill: 'Isi kuesioner', link: 'Buat tautan', comments: 'Komentar peserta', noComments: 'Belum ada komentar.',
    fillFor: 'Kuesioner reaksi: {{name}}', fillHint: 'Diisi oleh atasan atau BKPSDM atas nama peserta.', score: 'Nilai untuk: {{text}}',
    scale: { '1': 'Sangat tidak setuju', '2': 'Tidak setuju', '3': 'Ragu-ragu', '4': 'Setuju', '5': 'Sangat setuju' },
    comment: 'Komentar (boleh dikosongkan)', submit: 'Kirim jawaban', saved: 'Jawaban {{name}} tersimpan.',
    linkFor: 'Tautan untuk {{name}}', linkHint: 'Tautan ini hanya dapat dipakai sekali dan berlaku sampai {{until}}. Salin dan kirim kepada peserta; tautan tidak dapat ditampilkan lagi.',
    copy: 'Salin tautan', copied: 'Tautan disalin.',
    resultsOf: 'Level 4 — Hasil: {{title}}', months: 'Panjang periode (bulan)', before: 'Sebelum pelatihan', after: 'Sesudah pelatihan', period: '{{from}} – {{to}}',
    training: 'Pelatihan {{from}} – {{to}}', noGraduates: 'Belum ada peserta yang lulus program ini.', serviceUnits: 'Unit layanan tempat lulusan bekerja',
    noServiceUnits: 'Tidak ada unit layanan yang mencatat lulusan program ini sebagai petugasnya.', trained: '{{n}} petugas terlatih',
    ikm: 'IKM', ikmRespondents: 'Responden SKM', complaints: 'Pengaduan diterima', onTime: 'Selesai tepat waktu', late: 'Terlambat', overdue: 'Terbuka melewati batas', compliance: 'Kepatuhan batas waktu',
    templateList: 'Kuesioner reaksi', builtIn: 'bawaan', isDefault: 'default', copyTemplate: 'Salin', newTemplate: 'Kuesioner baru', editTemplate: 'Ubah kuesioner',
    templateName: 'Nama kuesioner', items: 'Pernyataan (dinilai 1–5)', addItem: 'Tambah pernyataan', removeItem: 'Hapus', makeDefault: 'Jadikan kuesioner default',
    templateSaved: 'Kuesioner {{name}} tersimpan.', answers: '{{n}} jawaban', copyOf: 'Salinan {{name}}', builtInReadOnly: 'Kuesioner bawaan tidak dapat diubah; salin untuk membuat versi sendiri.',
    reasons: {
      alreadyAnswered: 'Peserta ini sudah mengisi kuesioner reaksi; satu peserta hanya satu jawaban.',
      notParticipated: 'Hanya peserta yang mengikuti pelatihan yang dapat mengisi kuesioner.',
      templateInUse: 'Kuesioner ini sudah dijawab: pernyataannya tidak dapat diubah. Salin kuesioner ini lalu ubah salinannya.',
      linkUsed: 'Kuesioner ini sudah diisi melalui tautan ini. Terima kasih.',
    },
    enrollment: { Registered: 'Terdaftar', Attending: 'Mengikuti', Completed: 'Lulus', NotCompleted: 'Tidak lulus', Withdrawn: 'Mengundurkan diri' },
    public: {
      title: 'Kuesioner Reaksi Pelatihan', intro: 'Penilaian Anda atas pelatihan {{program}} ({{session}}, {{from}} – {{to}}). Jawaban Anda tidak dikaitkan dengan nama Anda di laporan.',
      thanks: 'Terima kasih, jawaban Anda sudah kami terima.', invalid: 'Tautan tidak ditemukan atau sudah kedaluwarsa. Mintalah tautan baru kepada penyelenggara pelatihan.',
    },
  },
};

const en: typeof id = {
  eff: {
    title: 'Training effectiveness', nav: 'Training effectiveness', tabs: 'Effectiveness sections', templates: 'Reaction questionnaires',
    groupBy: 'Group by', byProgram: 'Program', byPartner: 'Partner', from: 'Sessions ending from', to: 'to',
    name: 'Name', sessions: 'Sessions', level1: 'Level 1 — Reaction', level2: 'Level 2 — Learning', level3: 'Level 3 — Behaviour', level4: 'Level 4 — Results',
    level3PerProgram: 'per program', level3PerProgramHint: 'The supervisor follow-up (level 3) is counted per program; group by program.', level3None: 'none yet', level3Detail: '{{filed}} of {{due}} filed · on time {{onTime}}', level3Hint: 'Mean on-the-job application (1–5) from the supervisor follow-ups', results: 'Compare', noData: '—',
    mean: 'Mean {{mean}} ({{band}})', respondents: '{{n}} of {{of}} participants answered ({{rate}})',
    gain: 'Gain {{gain}} points', normGain: 'normalised g {{g}}', improved: '{{share}} improved', scored: '{{n}} participants with both scores',
    atMax: '{{n}} already at 100 before', empty: 'No session finished in this period.', total: 'Whole period',
    sessionsOf: 'Sessions: {{name}}', sessionCol: 'Session', dates: 'Dates', open: 'Open',
    session: 'Session: {{name}}', program: 'Program', partner: 'Partner', questionnaire: 'Questionnaire: {{name}}', item: 'Statement', itemMean: 'Mean', n: 'Answers',
    participants: 'Participants', employee: 'Employee', unit: 'Unit', status: 'Status', pre: 'Pre-test', post: 'Post-test', answered: 'Reaction',
    answeredYes: 'Done ({{mean}})', answeredNo: 'Not yet', fill: 'Fill in', link: 'Make link', comments: 'Participants\' comments', noComments: 'No comments yet.',
    fillFor: 'Reaction questionnaire: {{name}}', fillHint: 'Entered by the supervisor or HR on the participant\'s behalf.', score: 'Score for: {{text}}',
    scale: { '1': 'Strongly disagree', '2': 'Disagree', '3': 'Neutral', '4': 'Agree', '5': 'Strongly agree' },
    comment: 'Comment (optional)', submit: 'Send answer', saved: '{{name}}\'s answer saved.',
    linkFor: 'Link for {{name}}', linkHint: 'This link works once and until {{until}}. Copy it and send it to the participant; it cannot be shown again.',
    copy: 'Copy link', copied: 'Link copied.',
    resultsOf: 'Level 4 — Results: {{title}}', months: 'Period length (months)', before: 'Before training', after: 'After training', period: '{{from}} – {{to}}',
    training: 'Training {{from}} – {{to}}', noGraduates: 'Nobody has completed this program yet.', serviceUnits: 'Service units where graduates work',
    noServiceUnits: 'No service unit lists a graduate of this program as staff.', trained: '{{n}} trained staff',
    ikm: 'IKM', ikmRespondents: 'SKM respondents', complaints: 'Complaints received', onTime: 'Resolved on time', late: 'Late', overdue: 'Open past due', compliance: 'Deadline compliance',
    templateList: 'Reaction questionnaires', builtIn: 'built-in', isDefault: 'default', copyTemplate: 'Copy', newTemplate: 'New questionnaire', editTemplate: 'Edit questionnaire',
    templateName: 'Questionnaire name', items: 'Statements (scored 1–5)', addItem: 'Add statement', removeItem: 'Remove', makeDefault: 'Make this the default questionnaire',
    templateSaved: 'Questionnaire {{name}} saved.', answers: '{{n}} answers', copyOf: 'Copy of {{name}}', builtInReadOnly: 'The built-in questionnaire cannot be changed; copy it to make your own.',
    reasons: {
      alreadyAnswered: 'This participant has already answered; one answer per participant.',
      notParticipated: 'Only participants who took part in the training can answer.',
      templateInUse: 'This questionnaire has answers: its statements cannot change. Copy it and change the copy.',
      linkUsed: 'This questionnaire was already answered through this link. Thank you.',
    },
    enrollment: { Registered: 'Registered', Attending: 'Attending', Completed: 'Completed', NotCompleted: 'Not completed', Withdrawn: 'Withdrawn' },
    public: {
      title: 'Training reaction questionnaire', intro: 'Your rating of {{program}} ({{session}}, {{from}} – {{to}}). Reports do not show your name with your answer.',
      thanks: 'Thank you, we have received your answer.', invalid: 'This link was not found or has expired. Ask the training organiser for a new one.',
    },
  },
};

i18n.addResourceBundle('id', 'translation', id, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
