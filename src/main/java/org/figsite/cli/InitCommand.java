package org.figsite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class InitCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("figsite init: not implemented yet");
    return Main.USAGE;
  }
}
