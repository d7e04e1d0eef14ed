// The competency profiles list's words, kept beside its page; i18n.ts puts them under "competencyProfiles" in both languages.
export const competencyProfilesId = {
  nav: 'Profil & Kesenjangan',
  title: 'Profil kompetensi dan kesenjangan',
  hint: 'Setiap pegawai aktif × setiap kompetensi dalam standar jabatannya: level standar, level saat ini, kesenjangan dan JPM pegawai. Unduh untuk diolah di Excel.',
  search: 'Cari nama atau NIP', competency: 'Kompetensi', allCompetencies: 'Semua kompetensi', positionType: 'Jenis jabatan', allTypes: 'Semua jenis',
  onlyGaps: 'Hanya yang di bawah standar', employee: 'Pegawai', unit: 'Unit kerja', required: 'Standar', assessed: 'Saat ini', gap: 'Kesenjangan',
  assessedOn: 'Tanggal asesmen', jpm: 'JPM', notAssessed: 'Belum dinilai', incomplete: 'belum lengkap', empty: 'Tidak ada baris yang cocok.',
};

export const competencyProfilesEn: typeof competencyProfilesId = {
  nav: 'Profiles & gaps',
  title: 'Competency profiles and gaps',
  hint: 'Every active employee × every competency of their position\'s standard: required level, current level, gap and the employee\'s JPM. Download it to work on in Excel.',
  search: 'Search name or NIP', competency: 'Competency', allCompetencies: 'All competencies', positionType: 'Position type', allTypes: 'All types',
  onlyGaps: 'Only below the standard', employee: 'Employee', unit: 'Unit', required: 'Required', assessed: 'Current', gap: 'Gap',
  assessedOn: 'Assessed on', jpm: 'JPM', notAssessed: 'Not assessed', incomplete: 'incomplete', empty: 'No rows match.',
};
