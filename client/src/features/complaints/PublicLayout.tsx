import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './complaints.css';

/**
 * The frame of a page for the public (complaint form, tracking): no sign-in, no menu, the agency's name on top, one
 * narrow column that works on a 360-px phone. It sits outside the dashboard's layout, so nothing here needs a token.
 */
export function PublicLayout({ tenantName, children }: { tenantName?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-shell">
      <header className="public-header">
        <strong>{t('app.name')}</strong>
        {tenantName && <p data-testid="public-tenant">{tenantName}</p>}
      </header>
      <main id="main" className="public-main">{children}</main>
    </div>
  );
}
