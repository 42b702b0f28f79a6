package org.jumelage.network.domain;

import org.jumelage.network.OrganisationManagement;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByPic(String pic);

    boolean existsByPicAndIdNot(String pic, long id);

    /** A page of {@link OrganisationManagement#search} without its count. */
    @Query("""
            select o from Organisation o
            where o.searchKey like concat('%', :key, '%')
            order by o.searchKey, o.id
            """)
    java.util.List<Organisation> lookUp(String key, Pageable pageable);

    /** A page of {@link OrganisationManagement#search} in one country, without its count. */
    @Query("""
            select o from Organisation o
            where o.country = :country and o.searchKey like concat('%', :key, '%')
            order by o.searchKey, o.id
            """)
    java.util.List<Organisation> lookUpInCountry(String key, String country, Pageable pageable);

    /** How many organisations' search keys contain the key, counted up to {@code limit}. */
    @Query(value = """
                    select count(*) from (select 1 from organisation
                    where search_key like concat('%', :key, '%') limit :limit) found""", nativeQuery = true)
    long countUpTo(String key, long limit);

    /** How many organisations of the country have search keys that contain the key, counted up to {@code limit}. */
    @Query(value = """
                    select count(*) from (select 1 from organisation
                    where country = :country and search_key like concat('%', :key, '%') limit :limit) found""", nativeQuery = true)
    long countInCountryUpTo(String key, String country, long limit);

    /** The organisations of one town, municipalities first, then by id. */
    @Query("""
            select o from Organisation o
            where o.townId = :townId
            order by case when o.type = org.jumelage.network.OrganisationType.MUNICIPALITY then 0 else 1 end, o.id
            """)
    java.util.List<Organisation> inTown(long townId);

    /** Pairs of town id and organisation id of the organisations in these towns, municipalities first. */
    @Query("""
            select o.townId, o.id from Organisation o
            where o.townId in :townIds
            order by case when o.type = org.jumelage.network.OrganisationType.MUNICIPALITY then 0 else 1 end, o.id
            """)
    java.util.List<Object[]> inTowns(java.util.Collection<Long> townIds);
}
