package vn.congressplanner.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

  @EntityGraph(attributePaths = "department")
  Optional<UserAccount> findByUsernameIgnoreCase(String username);

  boolean existsByUsernameIgnoreCase(String username);

  @EntityGraph(attributePaths = "department")
  List<UserAccount> findAllByOrderByUsernameAsc();

  @EntityGraph(attributePaths = "department")
  Optional<UserAccount> findWithDepartmentById(Long id);
}
