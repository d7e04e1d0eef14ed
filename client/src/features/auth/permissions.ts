import { Role } from '../../api';
import { useAuth } from './auth';

/**
 * What the signed-in person may do, from /auth/me, so the dashboard shows only the buttons that can work.
 * The API stays the authority: it checks every call again (and a unit head's sub-tree), so this only hides.
 */
export function usePermissions() {
  const { me } = useAuth();
  const admin = me?.role === Role.TenantAdmin;
  const head = me?.role === Role.UnitHead;
  return {
    /** Assessments, standards, the dictionary, generating needs: the tenant admin (BKPSDM). */
    writeTenant: admin,
    /** Drafting, editing, submitting and revising plans: admin, and a unit head within their sub-tree. */
    draftPlans: admin || head,
    /** Approving, rejecting and completing plans. */
    decidePlans: admin || head,
    verifyNeeds: admin || head,
    validateNeeds: admin,
    generateNeeds: admin,
    /** Settings, API keys and the audit log: the tenant admin only (the API answers 403 to anyone else). */
    administer: admin,
    unitId: me?.unitId,
  };
}
