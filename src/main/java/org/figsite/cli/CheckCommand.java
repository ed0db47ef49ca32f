package org.figsite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class CheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("figsite check: not implemented yet");
    return Main.USAGE;
  }
}
