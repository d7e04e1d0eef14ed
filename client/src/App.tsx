import { Suspense, useEffect, useState } from 'react';
import { Navigate, NavLink, Outlet, Route, Routes, useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from './features/auth/auth';
import { LoginPage } from './features/auth/LoginPage';
import {
  AnalyticsPage, ApiKeysPage, AuditPage, CompetenciesPage, JpLedgerPage, SettingsPage, EmployeeDetailPage, EmployeesPage, NationalPage, NeedsPage, PlanDetailPage, PlansPage, PositionsPage, UnitsPage,
  TrainingProgramsPage, TrainingPartnersPage, TrainingSessionsPage, TrainingSessionPage, ImportPage,
} from './shared/lazyPages';
import { Role } from './api';

export function App() {
  const { signedIn } = useAuth();
  return (
    <Routes>
      <Route path="/masuk" element={signedIn ? <AfterSignIn /> : <LoginPage />} />
      <Route element={signedIn ? <Layout /> : <ToSignIn />}>
        <Route index element={<Home />} />
        <Route path="nasional" element={<NationalPage />} />
        <Route path="pegawai" element={<EmployeesPage />} />
        <Route path="pegawai/:id" element={<EmployeeDetailPage />} />
        <Route path="unit" element={<UnitsPage />} />
        <Route path="jabatan" element={<PositionsPage />} />
        <Route path="kompetensi" element={<CompetenciesPage />} />
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
        <Route path="impor" element={<ImportPage />} />
        <Route path="evaluasi" element={<ComingSoon />} />
        <Route path="umpan-balik" element={<ComingSoon />} />
        <Route path="*" element={<Home />} />
      </Route>
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
  // Evaluation and feedback are not built yet: they stay out of the menu rather than lead to an empty page.
  const areas: [string, string][] = me?.role === Role.NationalViewer ? [['/nasional', 'nav.national']] : [
    ['/pegawai', 'nav.employees'], ['/unit', 'nav.units'], ['/jabatan', 'nav.positions'], ['/kompetensi', 'nav.competencies'],
    ['/analitik', 'nav.analytics'], ['/kebutuhan', 'nav.needs'], ['/rencana', 'nav.plans'],
    // Training: everyone of the tenant reads the catalogue and the sessions; the pages show the writes each role may make.
    ['/pelatihan', 'nav.training'], ['/angkatan', 'nav.sessions'], ['/capaian-jp', 'jpLedger.nav'],
    // The tenant's administration: admins only (the API refuses everyone else anyway).
    ...(me?.role === Role.TenantAdmin ? [['/impor', 'imports.nav'], ['/pengaturan', 'nav.settings'], ['/kunci-api', 'nav.apiKeys'], ['/audit', 'nav.audit']] as [string, string][] : []),
  ];
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
              <NavLink to={to}>{t(key)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content"><Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}><Outlet /></Suspense></main>
    </div>
  );
}

/** An old bookmark to an area that is not available yet: said for users, with the way to what exists. */
function ComingSoon() {
  const { t } = useTranslation();
  return <section className="card" data-testid="not-available"><h1>{t('soon.title')}</h1><p>{t('soon.body')}</p><p><NavLink to="/rencana">{t('nav.plans')}</NavLink></p></section>;
}
