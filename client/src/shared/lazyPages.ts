import { lazy } from 'react';

// Each page is its own chunk, loaded when its route is first visited: the sign-in page does not wait for
// the charts (ECharts is imported only by the pages that draw one) or for any other page's code.
export const EmployeesPage = lazy(() => import('../features/employees/EmployeesPage').then(m => ({ default: m.EmployeesPage })));
export const EmployeeDetailPage = lazy(() => import('../features/employees/EmployeeDetailPage').then(m => ({ default: m.EmployeeDetailPage })));
export const UnitsPage = lazy(() => import('../features/units/UnitsPage').then(m => ({ default: m.UnitsPage })));
export const PositionsPage = lazy(() => import('../features/positions/PositionsPage').then(m => ({ default: m.PositionsPage })));
export const CompetenciesPage = lazy(() => import('../features/competencies/CompetenciesPage').then(m => ({ default: m.CompetenciesPage })));
export const AnalyticsPage = lazy(() => import('../features/analytics/AnalyticsPage').then(m => ({ default: m.AnalyticsPage })));
export const PlansPage = lazy(() => import('../features/development/PlansPage').then(m => ({ default: m.PlansPage })));
export const NeedsPage = lazy(() => import('../features/development/NeedsPage').then(m => ({ default: m.NeedsPage })));
export const PlanDetailPage = lazy(() => import('../features/development/PlanDetailPage').then(m => ({ default: m.PlanDetailPage })));
export const NationalPage = lazy(() => import('../features/national/NationalPage').then(m => ({ default: m.NationalPage })));
export const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then(m => ({ default: m.SettingsPage })));
export const ApiKeysPage = lazy(() => import('../features/apiKeys/ApiKeysPage').then(m => ({ default: m.ApiKeysPage })));
export const AuditPage = lazy(() => import('../features/audit/AuditPage').then(m => ({ default: m.AuditPage })));
export const TrainingProgramsPage = lazy(() => import('../features/training/ProgramsPage').then(m => ({ default: m.ProgramsPage })));
export const TrainingPartnersPage = lazy(() => import('../features/training/PartnersPage').then(m => ({ default: m.PartnersPage })));
export const TrainingSessionsPage = lazy(() => import('../features/training/SessionsPage').then(m => ({ default: m.SessionsPage })));
export const TrainingSessionPage = lazy(() => import('../features/training/SessionPage').then(m => ({ default: m.SessionPage })));
export const JpLedgerPage = lazy(() => import('../features/jpLedger/JpLedgerPage').then(m => ({ default: m.JpLedgerPage })));
export const FollowUpsPage = lazy(() => import('../features/followUps/FollowUpsPage').then(m => ({ default: m.FollowUpsPage })));
export const ImprovementPlanPage = lazy(() => import('../features/improvementPlan/ImprovementPlanPage').then(m => ({ default: m.ImprovementPlanPage })));
export const ImprovementMappingPage = lazy(() => import('../features/improvementPlan/MappingPage').then(m => ({ default: m.MappingPage })));
export const ComplaintsPage = lazy(() => import('../features/complaints/ComplaintsPage').then(m => ({ default: m.ComplaintsPage })));
export const ComplaintPage = lazy(() => import('../features/complaints/ComplaintPage').then(m => ({ default: m.ComplaintPage })));
export const ComplaintStatsPage = lazy(() => import('../features/complaints/ComplaintStatsPage').then(m => ({ default: m.ComplaintStatsPage })));
export const PublicComplaintPage = lazy(() => import('../features/complaints/PublicComplaintPage').then(m => ({ default: m.PublicComplaintPage })));
export const TrackingPage = lazy(() => import('../features/complaints/TrackingPage').then(m => ({ default: m.TrackingPage })));
export const EvaluationCyclesPage = lazy(() => import('../features/evaluationCycles/CyclesPage').then(m => ({ default: m.CyclesPage })));
export const EvaluationCyclePage = lazy(() => import('../features/evaluationCycles/CyclePage').then(m => ({ default: m.CyclePage })));
export const AppraisalsPage = lazy(() => import('../features/appraisals/AppraisalsPage').then(m => ({ default: m.AppraisalsPage })));
export const EffectivenessPage = lazy(() => import('../features/effectiveness/EffectivenessPage').then(m => ({ default: m.EffectivenessPage })));
export const ReactionTemplatesPage = lazy(() => import('../features/effectiveness/TemplatesPage').then(m => ({ default: m.TemplatesPage })));
export const PublicReactionPage = lazy(() => import('../features/effectiveness/PublicReactionPage').then(m => ({ default: m.PublicReactionPage })));
export const ImportPage = lazy(() => import('../features/imports/ImportPage').then(m => ({ default: m.ImportPage })));
export const CompetencyProfilesPage = lazy(() => import('../features/competencyProfiles/CompetencyProfilesPage').then(m => ({ default: m.CompetencyProfilesPage })));
