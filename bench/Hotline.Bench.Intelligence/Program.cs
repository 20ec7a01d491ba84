using Hotline.Bench.Intelligence;

// ./bench/knowledge.sh [entries] [probes]   |   ./bench/routing.sh [train] [held-out]
return args.FirstOrDefault() switch
{
    "knowledge" => KnowledgeBench.Run(Arg(args, 1, 40_000), Arg(args, 2, 500)),
    "routing" => RoutingBench.Run(Arg(args, 1, 20_000), Arg(args, 2, 5_000)),
    _ => Usage(),
};

static int Arg(string[] args, int index, int fallback) => args.Length > index && int.TryParse(args[index], out var value) ? value : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: Hotline.Bench.Intelligence knowledge [entries] [probes] | routing [train] [held-out]");
    return 2;
}
