package org.jumelage.network.domain;

import java.util.Locale;
import org.jumelage.network.TwinTown;

/**
 * The normal form of an unordered pair of towns that the unique key of {@code twin_link} compares:
 * each side as {@code g:<id>} when it is a gazetteer town, else as {@code n:<country>:<name's search
 * key>}; the smaller first, joined by {@code |}. So Daugavpils–Radom and Radom–Daugavpils share a
 * key, as do "Harbin" and "HARBIN" in China.
 */
final class PairKeys {

    private PairKeys() {}

    static String of(TwinTown a, TwinTown b) {
        String first = side(a);
        String second = side(b);
        return first.compareTo(second) <= 0 ? first + "|" + second : second + "|" + first;
    }

    /** Whether both sides are the same town (same id, or same country and name key when outside the gazetteer). */
    static boolean sameTown(TwinTown a, TwinTown b) {
        return side(a).equals(side(b));
    }

    static String side(TwinTown town) {
        Long id = town.id();
        if (id != null) {
            return "g:" + id;
        }
        return "n:" + town.country().toUpperCase(Locale.ROOT) + ":" + SearchKeys.of(town.name());
    }
}
