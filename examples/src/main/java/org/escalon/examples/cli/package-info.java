/**
 * The {@code escalon} command-line tool (picocli). One class per sub-command, registered in
 * {@link org.escalon.examples.cli.EscalonCli}. User errors exit with status 2 and one line naming the option, the
 * value and what is allowed; stdout stays machine-readable, messages go to stderr.
 */
package org.escalon.examples.cli;
