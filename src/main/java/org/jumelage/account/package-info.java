/**
 * Accounts: users, roles, sign-in with throttling, personal API tokens and the audit trail that
 * every module writes to. Other modules use {@link org.jumelage.account.AccountManagement} and
 * {@link org.jumelage.account.AuditTrail}; the signed-in person is a {@link org.jumelage.account.SignedInUser}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.jumelage.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
