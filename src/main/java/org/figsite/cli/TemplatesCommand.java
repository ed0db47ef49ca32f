package org.figsite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "templates", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class TemplatesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("figsite templates: not implemented yet");
    return Main.USAGE;
  }
}
