package org.areso.core.lifecycle;

import static org.areso.core.lifecycle.LifecycleTest.STAMP;
import static org.areso.core.lifecycle.LifecycleTest.TICKET;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.lifecycle.LifecycleTest.Approve;
import org.areso.core.lifecycle.LifecycleTest.Cmd;
import org.areso.core.lifecycle.LifecycleTest.Drop;
import org.areso.core.lifecycle.LifecycleTest.Evt;
import org.areso.core.lifecycle.LifecycleTest.Open;
import org.areso.core.lifecycle.LifecycleTest.Stage;
import org.areso.core.lifecycle.LifecycleTest.Submit;
import org.areso.core.lifecycle.LifecycleTest.Ticket;

/** Handling commands one by one agrees with replaying the events they emitted. */
class LifecycleProperties {

  @Provide
  Arbitrary<java.util.List<Cmd>> commands() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(0, 12).map(pages -> (Cmd) new Submit(STAMP, pages)),
            Arbitraries.just(new Approve(STAMP)),
            Arbitraries.just(new Drop(STAMP)),
            Arbitraries.just(new Open(STAMP)))
        .list().ofMaxSize(8);
  }

  @Property(tries = 500)
  void everyHandledStateIsTheStateReplayingTheStoredEventsGivesAtTheirLastVersion(
      @ForAll("commands") java.util.List<Cmd> commands) {
    // given
    Accepted<Ticket<Stage>, Evt> opened = TICKET.start("T-1", new Open(STAMP)).get();
    Ticket<Stage> state = opened.state();
    Seq<Evt> stored = opened.events();
    int accepted = 0;
    for (Cmd command : commands) {
      // when
      var handled = TICKET.handle(state, command);
      if (handled.isLeft()) {
        continue;
      }
      accepted++;
      state = handled.get().state();
      stored = stored.appendAll(handled.get().events());
      // then
      assertThat(TICKET.replay("T-1", stored, state.version())).isEqualTo(Either.right(state));
    }
    assertThat(stored.map(Evt::version)).isEqualTo(List.rangeClosed(1L, (long) stored.size()));
    assertThat(state.version()).isEqualTo(stored.size());
    Statistics.label("commands accepted after the start").collect(accepted);
  }
}
