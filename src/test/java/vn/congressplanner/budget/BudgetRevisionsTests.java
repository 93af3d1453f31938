package vn.congressplanner.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congressplanner.budget.BudgetCategory.ACCOMMODATION;
import static vn.congressplanner.budget.BudgetCategory.DECORATION;
import static vn.congressplanner.budget.BudgetCategory.PRINTING;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congressplanner.account.Actor;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.NotFoundException;

/**
 * Revisions against PostgreSQL: each submission stores the lines as submitted, and revision n reads
 * against n−1 as lines added, removed and changed (old → new amount) with the total's change.
 */
@IntegrationTest
class BudgetRevisionsTests {

  @Autowired BudgetRevisions revisions;
  @Autowired BudgetService budget;
  @Autowired ApplicationContext context;

  BudgetFixtures data;
  Actor staff;

  @BeforeEach
  void setUp() {
    data = BudgetFixtures.from(context);
    staff = data.actor("tuyengiao");
  }

  @Test
  void theFirstSubmissionIsRevisionOneWithEveryLineNew() {
    Milestone m = data.estimate();
    data.line(m.getId(), DECORATION, "Phông khánh tiết", "1", "85000000", "TGTU", "tuyengiao");
    data.line(m.getId(), ACCOMMODATION, "Tiền ăn", "975", "200000", "TGTU", "tuyengiao");

    data.submit(m.getId());

    assertThat(revisions.list(m.getId()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getNumber()).isEqualTo(1);
              assertThat(r.getTotal()).isEqualByComparingTo("280000000");
              assertThat(r.getLineCount()).isEqualTo(2);
              assertThat(r.getSubmittedBy()).isEqualTo("admin");
            });
    BudgetRevisions.Diff diff = revisions.diff(m.getId(), 1);
    assertThat(diff.previous()).isNull();
    assertThat(diff.added())
        .extracting(BudgetRevisionLine::getItem)
        .containsExactly("Phông khánh tiết", "Tiền ăn");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).isEmpty();
    assertThat(diff.totalChange()).isEqualByComparingTo("280000000");
  }

  @Test
  void aResubmissionShowsLinesAddedRemovedAndChangedAndTheTotalsChange() {
    Milestone m = data.estimate();
    long id = m.getId();
    BudgetLine flowers = data.line(id, DECORATION, "Hoa tươi", "3", "6500000", "TGTU", "tuyengiao");
    BudgetLine meals =
        data.line(id, ACCOMMODATION, "Tiền ăn", "975", "200000", "TGTU", "tuyengiao");
    BudgetLine cards = data.line(id, PRINTING, "Thẻ đại biểu", "700", "25000", "TGTU", "tuyengiao");
    data.submit(id);
    data.returnIt(id);

    // The department reworks the estimate: one line more, one less, one cheaper.
    Long dept = data.department("TGTU").getId();
    budget.remove(flowers.getId(), null, staff);
    budget.update(
        meals.getId(),
        BudgetFixtures.fields(ACCOMMODATION, "Tiền ăn", "975", "180000", dept),
        staff);
    BudgetLine invitations =
        data.line(id, PRINTING, "Giấy mời", "600", "8500", "TGTU", "tuyengiao");
    data.submit(id);

    BudgetRevisions.Diff diff = revisions.diff(id, 2);
    assertThat(diff.previous().getNumber()).isEqualTo(1);
    assertThat(diff.added())
        .extracting(BudgetRevisionLine::getLineId)
        .containsExactly(invitations.getId());
    assertThat(diff.removed())
        .extracting(BudgetRevisionLine::getLineId)
        .containsExactly(flowers.getId());
    assertThat(diff.changed())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.after().getLineId()).isEqualTo(meals.getId());
              assertThat(c.before().getAmount()).isEqualByComparingTo("195000000");
              assertThat(c.after().getAmount()).isEqualByComparingTo("175500000");
              assertThat(c.amountChange()).isEqualByComparingTo("-19500000");
              assertThat(c.fields()).containsExactly("unitPrice");
            });
    assertThat(diff.unchanged()).isEqualTo(1); // the cards
    // 1: 19,500,000 + 195,000,000 + 17,500,000 = 232,000,000
    // 2: 175,500,000 + 17,500,000 + 5,100,000 = 198,100,000
    assertThat(diff.previous().getTotal()).isEqualByComparingTo("232000000");
    assertThat(diff.revision().getTotal()).isEqualByComparingTo("198100000");
    assertThat(diff.totalChange()).isEqualByComparingTo("-33900000");
    assertThat(cards.getAmount()).isEqualByComparingTo("17500000");
  }

  @Test
  void resubmittingTwiceComparesEachRevisionWithTheOneBefore() {
    Milestone m = data.estimate();
    long id = m.getId();
    Long dept = data.department("TGTU").getId();
    BudgetLine meals =
        data.line(id, ACCOMMODATION, "Tiền ăn", "975", "200000", "TGTU", "tuyengiao");
    data.submit(id); // 1: 195,000,000
    data.returnIt(id);
    budget.update(
        meals.getId(),
        BudgetFixtures.fields(ACCOMMODATION, "Tiền ăn", "975", "180000", dept),
        staff);
    data.submit(id); // 2: 175,500,000
    data.returnIt(id);
    budget.update(
        meals.getId(),
        BudgetFixtures.fields(ACCOMMODATION, "Tiền ăn đại biểu", "1000", "180000", dept),
        staff);
    data.submit(id); // 3: 180,000,000

    assertThat(revisions.list(id)).extracting(BudgetRevision::getNumber).containsExactly(1, 2, 3);
    BudgetRevisions.Diff third = revisions.diff(id, 3);
    assertThat(third.previous().getNumber()).isEqualTo(2);
    assertThat(third.changed())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.before().getAmount()).isEqualByComparingTo("175500000");
              assertThat(c.after().getAmount()).isEqualByComparingTo("180000000");
              assertThat(c.fields()).containsExactly("item", "quantity");
            });
    assertThat(third.totalChange()).isEqualByComparingTo("4500000");
    assertThat(revisions.diff(id, 2).totalChange()).isEqualByComparingTo("-19500000");

    // Returned and resubmitted without a change: revision 4 says so.
    data.returnIt(id);
    data.submit(id);
    BudgetRevisions.Diff fourth = revisions.diff(id, 4);
    assertThat(fourth.noChange()).isTrue();
    assertThat(fourth.totalChange()).isEqualByComparingTo("0");
    assertThat(fourth.unchanged()).isEqualTo(1);
  }

  @Test
  void aRevisionIsNotChangedByLaterEditsOfTheLines() {
    Milestone m = data.estimate();
    long id = m.getId();
    Long dept = data.department("TGTU").getId();
    BudgetLine meals =
        data.line(id, ACCOMMODATION, "Tiền ăn", "975", "200000", "TGTU", "tuyengiao");
    data.submit(id);
    data.returnIt(id);
    budget.update(
        meals.getId(), BudgetFixtures.fields(ACCOMMODATION, "Tiền ăn", "1", "1", dept), staff);

    BudgetRevision first = revisions.list(id).get(0);
    assertThat(revisions.linesOf(first))
        .singleElement()
        .satisfies(l -> assertThat(l.getAmount()).isEqualByComparingTo("195000000"));
  }

  @Test
  void anUnknownRevisionIsNotFound() {
    Milestone m = data.estimate();
    assertThatThrownBy(() -> revisions.diff(m.getId(), 1)).isInstanceOf(NotFoundException.class);
  }
}
