/**
 * The {@code escalon} command-line tool (picocli). One class per sub-command, registered in
 * {@link org.escalon.examples.cli.EscalonCli}. User errors exit with status 2 and one line naming the option, the
 * value and what is allowed; stdout stays machine-readable, messages go to stderr. Options shared by several
 * commands are picocli mixins with one default each ({@link org.escalon.examples.cli.ThreadsOption}, {@link
 * org.escalon.examples.cli.SeedOption}, {@link org.escalon.examples.cli.FormatOption}, {@link
 * org.escalon.examples.cli.DoseHoldsOption}); values the library validates are not validated again: its {@link
 * IllegalArgumentException} becomes a usage error in the user's option names ({@code LibraryErrors}).
 */
package org.escalon.examples.cli;
