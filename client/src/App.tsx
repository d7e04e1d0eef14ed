import { Navigate, NavLink, Outlet, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from './features/auth/auth';
import { LoginPage } from './features/auth/LoginPage';
import { EmployeesPage } from './features/employees/EmployeesPage';
import { EmployeeDetailPage } from './features/employees/EmployeeDetailPage';
import { UnitsPage } from './features/units/UnitsPage';
import { PositionsPage } from './features/positions/PositionsPage';
import { CompetenciesPage } from './features/competencies/CompetenciesPage';
import { AnalyticsPage } from './features/analytics/AnalyticsPage';
import { PlansPage } from './features/development/PlansPage';
import { PlanDetailPage } from './features/development/PlanDetailPage';
import { NeedsPage } from './features/development/NeedsPage';

export function App() {
  const { signedIn } = useAuth();
  return (
    <Routes>
      <Route path="/masuk" element={signedIn ? <Navigate to="/" replace /> : <LoginPage />} />
      <Route element={signedIn ? <Layout /> : <Navigate to="/masuk" replace />}>
        <Route index element={<Navigate to="/pegawai" replace />} />
        <Route path="pegawai" element={<EmployeesPage />} />
        <Route path="pegawai/:id" element={<EmployeeDetailPage />} />
        <Route path="unit" element={<UnitsPage />} />
        <Route path="jabatan" element={<PositionsPage />} />
        <Route path="kompetensi" element={<CompetenciesPage />} />
        <Route path="analitik" element={<AnalyticsPage />} />
        <Route path="kebutuhan" element={<NeedsPage />} />
        <Route path="rencana" element={<PlansPage />} />
        <Route path="rencana/:id" element={<PlanDetailPage />} />
        <Route path="pelatihan" element={<ComingSoon />} />
        <Route path="evaluasi" element={<ComingSoon />} />
        <Route path="umpan-balik" element={<ComingSoon />} />
        <Route path="*" element={<Navigate to="/pegawai" replace />} />
      </Route>
    </Routes>
  );
}

function Layout() {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useAuth();
  const areas: [string, string, boolean][] = [
    ['/pegawai', 'nav.employees', true], ['/unit', 'nav.units', true], ['/jabatan', 'nav.positions', true], ['/kompetensi', 'nav.competencies', true],
    ['/analitik', 'nav.analytics', true], ['/kebutuhan', 'nav.needs', true], ['/rencana', 'nav.plans', true],
    ['/pelatihan', 'nav.training', false], ['/evaluasi', 'nav.evaluation', false], ['/umpan-balik', 'nav.feedback', false],
  ];
  return (
    <div className="shell">
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="topbar">
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
      <nav className="sidebar" aria-label={t('nav.main')}>
        <ul>
          {areas.map(([to, key, ready]) => (
            <li key={to}>
              <NavLink to={to}>{t(key)}{!ready && <small> · {t('nav.soon')}</small>}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content"><Outlet /></main>
    </div>
  );
}

function ComingSoon() {
  const { t } = useTranslation();
  return <section><h1>{t('soon.title')}</h1><p>{t('soon.body')}</p></section>;
}
