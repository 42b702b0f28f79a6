package org.jumelage.network.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByPic(String pic);

    boolean existsByPicAndIdNot(String pic, long id);

    @Query("""
            select o from Organisation o
            where o.searchKey like concat('%', :key, '%')
            order by o.searchKey, o.id
            """)
    Page<Organisation> search(String key, Pageable pageable);

    @Query("""
            select o from Organisation o
            where o.country = :country and o.searchKey like concat('%', :key, '%')
            order by o.searchKey, o.id
            """)
    Page<Organisation> searchInCountry(String key, String country, Pageable pageable);
}
