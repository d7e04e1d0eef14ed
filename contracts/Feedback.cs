namespace AsnApi.Contracts;

// Citizen feedback (issue 9): service units, SKM survey responses and the IKM report.

/// <summary>IKM grade of PermenPAN-RB 14/2017: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik.</summary>
public enum IkmGrade { A, B, C, D }
