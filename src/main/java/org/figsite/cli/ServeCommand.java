package org.figsite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("figsite serve: not implemented yet");
    return Main.USAGE;
  }
}
