package fr.visioaccueil.identity;

/** What was done to an account, as written in the audit log; registry changes bring their own action. */
enum AuditAction {
    CREATE, UPDATE, DISABLE, ENABLE, UNLOCK, INVITE, PASSWORD_SET, PASSWORD_CHANGE
}
