/**
 * The network of towns and organisations: the gazetteer of European towns (GeoNames), the
 * organisations that take part in projects (municipalities, regions, associations, committees…)
 * and their contacts. Other modules use {@link org.jumelage.network.TownDirectory} and
 * {@link org.jumelage.network.OrganisationManagement}.
 */
@ApplicationModule(allowedDependencies = {"shared", "account"})
@NullMarked
package org.jumelage.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
