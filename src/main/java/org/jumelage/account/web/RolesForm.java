package org.jumelage.account.web;

import java.util.EnumSet;
import java.util.Set;
import org.jumelage.account.Role;

/** The roles of one user, as checkboxes. An empty set is refused by the account rules. */
class RolesForm {

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
