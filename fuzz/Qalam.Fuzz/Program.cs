using Qalam.Fuzz;
using SharpFuzz;

// Usage:
//   Qalam.Fuzz TARGET                  under afl-fuzz: the fork server (input on stdin); alone: one run on stdin
//   Qalam.Fuzz TARGET --repro FILE...  runs each file in this process and prints what it threw (for crashes and hangs)
//   Qalam.Fuzz seeds DIR               writes the binary seeds (images, PDF) that fuzz/seeds/ keeps
if (args is ["seeds", var dir]) return Seeds.Write(dir);
if (args.Length == 0 || !Targets.ByName.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Qalam.Fuzz {string.Join('|', Targets.ByName.Keys)} [--repro FILE...] | seeds DIR");
    return 2;
}
if (args.Length > 1 && args[1] == "--repro") return Repro.Run(target, args[2..]);
// Out of process: a stack overflow or a hang kills only the child, which is restarted; afl-fuzz records the input.
Fuzzer.OutOfProcess.Run(target);
return 0;
