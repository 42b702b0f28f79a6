package org.jumelage.network;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only an administrator, or a coordinator who belongs to the organisation, may call the annotated
 * method. The method must have a parameter {@code id}: the organisation's id.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("T(org.jumelage.network.OrganisationPermissions).mayEdit(principal, #id)")
public @interface CanEditOrganisation {}
