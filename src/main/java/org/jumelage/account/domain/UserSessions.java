package org.jumelage.account.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions. Sessions live in the database (Spring Session JDBC), indexed by the
 * principal's name, which for a {@link org.jumelage.account.SignedInUser} is the e-mail as stored;
 * so this reaches the sessions of every application instance.
 */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repositories;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repositories) {
        this.repositories = repositories;
    }

    /**
     * Ends every session of the user but {@code keptSessionId}.
     *
     * @param keptSessionId the session to keep (the one changing the password), or {@code null} to end all
     * @return how many sessions ended
     */
    int endAll(String email, @Nullable String keptSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = repositories.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(email).keySet()) {
            if (!id.equals(keptSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
