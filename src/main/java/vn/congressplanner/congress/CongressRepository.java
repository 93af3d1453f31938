package vn.congressplanner.congress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CongressRepository extends JpaRepository<Congress, Long> {

  Optional<Congress> findFirstByCurrentTrue();
}
