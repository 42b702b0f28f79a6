package org.jumelage.network;

import java.util.List;

/**
 * What a map shows: its subject's name and the towns, the {@link MapRole#HOME} town first, then
 * partners, twins and candidates, each group nearest first.
 *
 * @param title the project's title or the organisation's name in the viewer's language
 */
public record NetworkMap(String title, List<MapPoint> points) {

    public NetworkMap {
        points = List.copyOf(points);
    }
}
