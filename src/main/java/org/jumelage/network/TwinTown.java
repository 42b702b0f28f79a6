package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * One side of a link between two towns. A town of the gazetteer has its GeoNames {@code id}; a town
 * outside it (Harbin, Ramla) is kept by its name and country as the source writes them, with {@code
 * id} {@code null}: never dropped and never guessed.
 *
 * @param country ISO 3166-1 alpha-2 code, also outside Europe ({@code CN}, {@code IL})
 */
public record TwinTown(@Nullable Long id, String name, String country) {}
