/**
 * The network of towns and organisations: the gazetteer of European towns (GeoNames), the
 * organisations that take part in projects (municipalities, regions, associations, committees…)
 * and their contacts; the links between towns (twinnings), partner search, partner-search notices,
 * maps and the cooperation graph. It reads projects through its port {@link
 * org.jumelage.network.NetworkProjects}, which the {@code project} module implements. Other modules use {@link org.jumelage.network.TownDirectory} and
 * {@link org.jumelage.network.OrganisationManagement}.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "storage", "mail"})
@NullMarked
package org.jumelage.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
