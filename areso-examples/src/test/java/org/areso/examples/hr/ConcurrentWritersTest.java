package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Stamp;
import org.areso.jdbc.EngagementSummary;
import org.areso.jdbc.JdbcEventStore;
import org.areso.jdbc.StoreError;
import org.junit.jupiter.api.Test;

class ConcurrentWritersTest {

  private static final int WRITERS = 8;
  private static final int CONTRIBUTIONS_EACH = 6;
  private static final EngagementId ID = EngagementId.of("HR-CONCURRENT").get();

  @Test
  void concurrentWritersLoseNoEventDuplicateNoneAndSeeEveryConflictAsAConflict()
      throws Exception {
    // given an engagement in progress, shared by eight writers
    JdbcEventStore<EngagementEvent> store = HrFixtures.freshStore();
    long start = HrIntegration.walk(store, ID, HrFixtures.DAY).get().version();
    ConcurrentLinkedQueue<EngagementEvent> accepted = new ConcurrentLinkedQueue<>();
    ConcurrentHashMap<Long, Engagement> stateAfter = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<StoreError> conflicts = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Object> otherOutcomes = new ConcurrentLinkedQueue<>();
    AtomicInteger attempts = new AtomicInteger();
    CyclicBarrier firstRound = new CyclicBarrier(WRITERS);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    // when each writer loads, handles and appends its contributions, retrying on conflict
    java.util.List<Future<?>> writers = new java.util.ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(pool.submit(() -> {
        boolean waited = false;
        for (int i = 0; i < CONTRIBUTIONS_EACH; i++) {
          String note = "writer " + writer + " note " + i;
          boolean stored = false;
          while (!stored) {
            Engagement loaded = HrIntegration.load(store, HrIntegration.PROGRAMME, ID).get();
            Accepted<Engagement, EngagementEvent> handled =
                loaded.handle(contribution(note)).get();
            Seq<EngagementEvent> events = handled.events();
            if (!waited) {
              // every writer has loaded the same version before anyone appends
              firstRound.await(30, TimeUnit.SECONDS);
              waited = true;
            }
            attempts.incrementAndGet();
            Either<StoreError, Long> outcome = store.append(ID, loaded.version(), events,
                EngagementSummary.of(handled.state()));
            if (outcome.isRight()) {
              accepted.addAll(events.toJavaList());
              stateAfter.put(outcome.get(), handled.state());
              stored = true;
            } else if (outcome.getLeft() instanceof StoreError.VersionConflict) {
              conflicts.add(outcome.getLeft());
            } else {
              otherOutcomes.add(outcome.getLeft());
              return null;
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> writer : writers) {
      writer.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    // then every accepted event is stored once, versions 1..n without gap or duplicate
    int expected = WRITERS * CONTRIBUTIONS_EACH;
    Seq<EngagementEvent> stored = store.load(ID).get();
    Seq<EngagementEvent> appended = stored.drop((int) start);
    System.out.printf("%d writers: %d events accepted in %d attempts, %d conflicts reported%n",
        WRITERS, accepted.size(), attempts.get(), conflicts.size());
    assertThat(otherOutcomes).isEmpty();
    assertThat(accepted).hasSize(expected);
    assertThat(stored.map(EngagementEvent::version))
        .isEqualTo(List.rangeClosed(1L, start + expected));
    assertThat(HashSet.ofAll(appended)).isEqualTo(HashSet.ofAll(accepted));
    assertThat(appended.map(e -> ((EngagementEvent.ContributionRecorded) e).contribution()
        .note().reveal()).distinct()).hasSize(expected);
    // every refused attempt was reported as a conflict, and the first round had seven
    assertThat(conflicts).hasSize(attempts.get() - expected);
    assertThat(conflicts.size()).isGreaterThanOrEqualTo(WRITERS - 1);
    assertThat(conflicts).allSatisfy(c -> assertThat(c.code()).isEqualTo("VERSION_CONFLICT"));
    // replay equals the state the last accepted writer computed, and so does the summary
    Engagement last = stateAfter.get(start + expected);
    assertThat(HrIntegration.load(store, HrIntegration.PROGRAMME, ID).get()).isEqualTo(last);
    assertThat(store.summary(ID).get().get().version()).isEqualTo(start + expected);
    assertThat(last.conduct().contributions()).hasSize(expected + 1);
  }

  private static EngagementCommand contribution(String note) {
    return new EngagementCommand.RecordContribution(
        Stamp.of(HrIntegration.FACILITATOR, HrFixtures.T0.plusDays(20)),
        new Contribution(HrIntegration.FIRST.id(), HrFixtures.DAY.plusDays(20), Aspect.PROCESS,
            Sensitive.of(note)));
  }
}
