package dev.lede.cli;

import dev.lede.index.SolrConfigSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code solr-config DIR}: writes Lede's Solr configset (schema and solrconfig.xml) for
 * administrators who upload configsets themselves.
 */
final class SolrConfigCommand implements Command {

  @Override
  public String name() {
    return "solr-config";
  }

  @Override
  public String usage() {
    return "solr-config DIR   (writes Lede's SolrCloud configset '" + SolrConfigSet.NAME + "')";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of(), Set.of());
    if (args.positional().size() != 1) {
      throw new UsageException("give one directory");
    }
    List<Path> files = SolrConfigSet.writeTo(Path.of(args.positional().get(0)));
    for (Path f : files) {
      out.println(f);
    }
    out.println("upload it as configset '" + SolrConfigSet.NAME + "', e.g. bin/solr zk upconfig"
        + " -n " + SolrConfigSet.NAME + " -d " + args.positional().get(0)
        + "; collections made from it need no other settings");
    return 0;
  }
}
