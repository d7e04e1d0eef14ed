import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { authQueries } from './queries';
import { FieldError, invalidProps, ProblemAlert } from '../../shared/ProblemAlert';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // The demo password is printed only while the demo accounts exist (never in Production).
  const options = useQuery(authQueries.signInOptions());

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try { await signIn(username, password); }
    catch (err) { setError(err); }
    finally { setBusy(false); }
  }

  return (
    <main className="login">
      <form onSubmit={submit} className="card" aria-labelledby="login-title">
        <h1 id="login-title">{t('app.name')} · {t('login.title')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        <label>{t('login.username')}
          <input data-testid="login-username" autoComplete="username" value={username} onChange={e => setUsername(e.target.value)} required {...invalidProps(error, 'username')} />
          <FieldError error={error} name="username" />
        </label>
        <label>{t('login.password')}
          <input data-testid="login-password" type="password" autoComplete="current-password" value={password} onChange={e => setPassword(e.target.value)} required {...invalidProps(error, 'password')} />
          <FieldError error={error} name="password" />
        </label>
        <ProblemAlert error={error} fields={['username', 'password']} />
        <button data-testid="login-submit" type="submit" disabled={busy}>{t('login.submit')}</button>
        {options.data?.demo && <p className="muted small" data-testid="login-demo-hint">{t('login.hint')}</p>}
        <p className="small">
          <button type="button" className="link" onClick={() => void i18n.changeLanguage(i18n.language === 'id' ? 'en' : 'id')}>
            {i18n.language === 'id' ? 'English' : 'Bahasa Indonesia'}
          </button>
        </p>
      </form>
    </main>
  );
}
