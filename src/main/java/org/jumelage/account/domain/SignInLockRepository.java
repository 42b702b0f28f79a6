package org.jumelage.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInLockRepository extends JpaRepository<SignInLock, String> {}
