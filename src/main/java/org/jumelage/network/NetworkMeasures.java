package org.jumelage.network;

import java.util.List;
import java.util.Optional;

/**
 * Port: the programme catalogue's measures as the network needs them (a partner-search notice
 * names the measure it applies under). Implemented by the {@code programme} module, which depends
 * on {@code network}; the catalogue stays the one definition of which measure codes exist.
 */
public interface NetworkMeasures {

    /** Every measure of the catalogue, in the catalogue's order. */
    List<NetworkMeasure> measures();

    /** The measure with this code, or empty when the catalogue has none. */
    Optional<NetworkMeasure> measure(String code);
}
