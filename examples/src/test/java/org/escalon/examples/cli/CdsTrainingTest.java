package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's class-data sharing training runs real commands: each succeeds, so the archive covers them. */
class CdsTrainingTest {

  @Test
  void everyTrainingCommandSucceeds() {
    for (String[] c : CdsTraining.COMMANDS) {
      Cli.Run r = Cli.run(c);
      assertThat(r.status()).as(String.join(" ", c) + ": " + r.err()).isZero();
      assertThat(r.out()).as(String.join(" ", c)).isNotBlank();
    }
    CdsTraining.main(new String[0]); // prints nothing, throws nothing
  }
}
