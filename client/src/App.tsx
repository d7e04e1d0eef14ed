import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Navigate, NavLink, Outlet, Route, Routes, useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from './features/auth/auth';
import { LoginPage } from './features/auth/LoginPage';
import {
  AnalyticsPage, ApiKeysPage, AuditPage, CompetenciesPage, JpLedgerPage, SettingsPage, EmployeeDetailPage, EmployeesPage, NationalPage, NeedsPage, PlanDetailPage, PlansPage, PositionsPage, UnitsPage,
  TrainingProgramsPage, TrainingPartnersPage, TrainingSessionsPage, TrainingSessionPage,
  FollowUpsPage,
  ImprovementPlanPage, ImprovementMappingPage,
  EvaluationCyclesPage, EvaluationCyclePage,
  AppraisalsPage,
  EffectivenessPage, ReactionTemplatesPage, PublicReactionPage,
  ImportPage,
} from './shared/lazyPages';
import { ComplaintPage, ComplaintsPage, ComplaintStatsPage, PublicComplaintPage, TrackingPage } from './shared/lazyPages';
import { CompetencyProfilesPage } from './shared/lazyPages';
import { Role } from './api';
import { IkmOverviewPage, PosterPage, PublicSurveyPage, ServiceUnitPage, ServiceUnitsPage } from './features/feedback/lazy';

export function App() {
  const { signedIn } = useAuth();
  return (
    <Routes>
      <Route path="/masuk" element={signedIn ? <AfterSignIn /> : <LoginPage />} />
      {/* The citizen's survey form (from the QR code at the counter): no sign-in, none of the dashboard around it. */}
      <Route path="/survei/:tenantCode/:slug" element={<Suspense fallback={null}><PublicSurveyPage /></Suspense>} />
      {/* A participant's one-time reaction link: no account, so outside sign-in. */}
      <Route path="/reaksi/:token" element={<Suspense fallback={null}><PublicReactionPage /></Suspense>} />
      <Route element={signedIn ? <Layout /> : <ToSignIn />}>
        <Route index element={<Home />} />
        <Route path="nasional" element={<NationalPage />} />
        <Route path="pegawai" element={<EmployeesPage />} />
        <Route path="pegawai/:id" element={<EmployeeDetailPage />} />
        <Route path="unit" element={<UnitsPage />} />
        <Route path="jabatan" element={<PositionsPage />} />
        <Route path="kompetensi" element={<CompetenciesPage />} />
        <Route path="kompetensi/profil" element={<CompetencyProfilesPage />} />
        <Route path="analitik" element={<AnalyticsPage />} />
        <Route path="kebutuhan" element={<NeedsPage />} />
        <Route path="rencana" element={<PlansPage />} />
        <Route path="rencana/:id" element={<PlanDetailPage />} />
        <Route path="capaian-jp" element={<JpLedgerPage />} />
        <Route path="pengaturan" element={<SettingsPage />} />
        <Route path="kunci-api" element={<ApiKeysPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="pelatihan" element={<TrainingProgramsPage />} />
        <Route path="mitra-pelatihan" element={<TrainingPartnersPage />} />
        <Route path="angkatan" element={<TrainingSessionsPage />} />
        <Route path="angkatan/:id" element={<TrainingSessionPage />} />
        <Route path="umpan-balik/pengaduan" element={<ComplaintsPage />} />
        <Route path="umpan-balik/pengaduan/statistik" element={<ComplaintStatsPage />} />
        <Route path="umpan-balik/pengaduan/:id" element={<ComplaintPage />} />
        <Route path="umpan-balik" element={<IkmOverviewPage />} />
        <Route path="umpan-balik/unit-layanan" element={<ServiceUnitsPage />} />
        <Route path="umpan-balik/unit-layanan/:id" element={<ServiceUnitPage />} />
        <Route path="umpan-balik/unit-layanan/:id/poster" element={<PosterPage />} />
        <Route path="evaluasi/tindak-lanjut" element={<FollowUpsPage />} />
        <Route path="umpan-balik/pemetaan-kompetensi" element={<ImprovementMappingPage />} />
        <Route path="umpan-balik/unit-layanan/:id/rencana-perbaikan" element={<ImprovementPlanPage />} />
        <Route path="evaluasi" element={<EvaluationCyclesPage />} />
        <Route path="evaluasi/siklus/:id" element={<EvaluationCyclePage />} />
        <Route path="evaluasi/skp" element={<AppraisalsPage />} />
        <Route path="evaluasi/efektivitas" element={<EffectivenessPage />} />
        <Route path="evaluasi/efektivitas/kuesioner" element={<ReactionTemplatesPage />} />
        <Route path="impor" element={<ImportPage />} />
        <Route path="*" element={<Home />} />
      </Route>
      {/* The citizen's complaint form and tracking page: outside the sign-in layout, no token needed. */}
      <Route path="/pengaduan/:tenantCode" element={<Public><PublicComplaintPage /></Public>} />
      <Route path="/lacak/:tenantCode" element={<Public><TrackingPage /></Public>} />
      <Route path="/lacak/:tenantCode/:code" element={<Public><TrackingPage /></Public>} />
    </Routes>
  );
}

/** The first page: the national viewer has no tenant rows, only the per-tenant summary. */
function Home() {
  const { me } = useAuth();
  if (!me) return null; // /auth/me is on its way
  return <Navigate to={me.role === Role.NationalViewer ? '/nasional' : '/pegawai'} replace />;
}

/** Signed out (or the session ended): to the sign-in page, remembering where the person was going. */
function ToSignIn() {
  const location = useLocation();
  const { leftOnPurpose } = useAuth();
  const target = location.pathname + location.search;
  return <Navigate to={target === '/' || leftOnPurpose ? '/masuk' : `/masuk?kembali=${encodeURIComponent(target)}`} replace />;
}

/** Signed in: back to where the person was going, if that is a page of this dashboard (never another site). */
function AfterSignIn() {
  const [params] = useSearchParams();
  return <Navigate to={returnTarget(params.get('kembali'))} replace />;
}

export function returnTarget(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/masuk')) return '/';
  return value;
}

function Layout() {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useAuth();
  // On a phone the menu folds behind a button (the CSS shows it open on wider screens); it closes on Esc and after navigating.
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setMenuOpen(false); };
    window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  // The menu, area by area; each page below shows only the writes the role may make.
  const areas: [string, string][] = me?.role === Role.NationalViewer ? [['/nasional', 'nav.national']] : [
    ['/pegawai', 'nav.employees'], ['/unit', 'nav.units'], ['/jabatan', 'nav.positions'], ['/kompetensi', 'nav.competencies'], ['/kompetensi/profil', 'competencyProfiles.nav'],
    ['/analitik', 'nav.analytics'], ['/kebutuhan', 'nav.needs'], ['/rencana', 'nav.plans'],
    // Training: everyone of the tenant reads the catalogue and the sessions; the pages show the writes each role may make.
    ['/pelatihan', 'nav.training'], ['/angkatan', 'nav.sessions'], ['/capaian-jp', 'jpLedger.nav'],
    // Citizen feedback: everyone of the tenant reads the IKM; the pages show the writes each role may make.
    ['/umpan-balik', 'nav.feedback'], ['/umpan-balik/pengaduan', 'nav.complaints'],
    // The improvement loop: the mapping, and from it each service unit's improvement plan.
    ['/umpan-balik/pemetaan-kompetensi', 'improvementPlan.nav'],
    // Evaluation: the cycles (the area's landing), training effectiveness, the supervisors' post-training follow-ups, performance appraisal.
    ['/evaluasi', 'nav.evaluation'], ['/evaluasi/efektivitas', 'nav.effectiveness'], ['/evaluasi/tindak-lanjut', 'followUps.nav'], ['/evaluasi/skp', 'nav.skp'],
    // The tenant's administration: admins only (the API refuses everyone else anyway).
    ...(me?.role === Role.TenantAdmin ? [['/impor', 'imports.nav'], ['/pengaturan', 'nav.settings'], ['/kunci-api', 'nav.apiKeys'], ['/audit', 'nav.audit']] as [string, string][] : []),
  ];
  // One entry is current: the longest that the address starts with (Evaluasi is not lit on Efektivitas Pelatihan).
  const current = areas.map(([to]) => to).filter(to => location.pathname === to || location.pathname.startsWith(to + '/'))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <div className="shell">
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="topbar">
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" data-testid="menu-toggle"
                onClick={() => setMenuOpen(o => !o)}>{t('app.menu')}</button>
        <div className="brand"><strong>{t('app.name')}</strong> <span>{t('app.tagline')}</span></div>
        <div className="who">
          <span data-testid="tenant-name">{me?.tenantName}</span>
          <span className="user">{me?.displayName ?? me?.username}</span>
          <label className="lang">
            <span className="sr-only">{t('app.language')}</span>
            <select value={i18n.language} onChange={e => void i18n.changeLanguage(e.target.value)} data-testid="language">
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="button" className="link" onClick={signOut}>{t('app.signOut')}</button>
        </div>
      </header>
      <nav id="main-nav" className={menuOpen ? 'sidebar open' : 'sidebar'} aria-label={t('nav.main')}>
        <ul>
          {areas.map(([to, key]) => (
            <li key={to}>
              <NavLink to={to} end className={to === current ? 'active' : undefined} aria-current={to === current ? 'page' : undefined}>{t(key)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content"><Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}><Outlet /></Suspense></main>
    </div>
  );
}

/** A public page loads its own chunk; the fallback keeps the frame quiet meanwhile. */
function Public({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}>{children}</Suspense>;
}
