using System.CommandLine;
using Hotline.Client.Demos;

namespace Hotline.Client.Commands;

/// <summary>hotline demo heating | full — scripted walks through the order lifecycle.</summary>
public static class DemoCommand
{
    public static Command Build()
    {
        var demo = new Command("demo", "演示完整的工单流转（每步打印：动作 → 新状态；状态不符时退出码为 1）");
        demo.Subcommands.Add(Scenario("heating", "供热投诉：受理 → 派单 → 签收 → 答复 → 两级审核 → 回访满意 → 办结", HeatingDemo.RunAsync));
        demo.Subcommands.Add(Scenario("full", "物业管理投诉：退回、改派协办、延期、审核退回、不满意重办、办结", FullDemo.RunAsync));
        demo.Subcommands.Add(Flow());
        return demo;
    }

    /// <summary>demo flow: keeps heating complaints flowing so the board and consoles show live data.</summary>
    private static Command Flow()
    {
        var rate = new Option<double>("--rate") { Description = "每秒新受理的工单数", DefaultValueFactory = _ => 0.5 };
        var count = new Option<int>("--count") { Description = "共生成多少件（0 表示一直生成，Ctrl-C 停止）", DefaultValueFactory = _ => 0 };
        var open = new Option<double>("--leave-open") { Description = "停在待签收/办理中的工单比例（0–1）", DefaultValueFactory = _ => 0.3 };
        var command = new Command("flow", "持续生成供热诉求并逐步派单、签收、答复，让实时大屏和工作台有数据可看") { rate, count, open };
        // On the options themselves: a command-level validator does not see the defaults of options left out.
        ActionSupport.Range(rate, double.Epsilon, 200);
        ActionSupport.Range(count, 0, int.MaxValue);
        ActionSupport.Range(open, 0, 1);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            Console.WriteLine($"服务地址：{api.BaseAddress}");
            await new FlowDemo(api, Console.Out, parse.GetValue(rate), parse.GetValue(count), parse.GetValue(open)).RunAsync(ct);
            return 0;
        }));
        return command;
    }

    private static Command Scenario(string name, string description, Func<DemoRunner, TextWriter, Task> scenario)
    {
        var command = new Command(name, description);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            var run = new DemoRunner(api, Console.Out);
            Console.WriteLine($"服务地址：{api.BaseAddress}");
            var rc = 0;
            try
            {
                await scenario(run, Console.Out);
                Console.WriteLine("演示完成：所有步骤的状态均符合预期。");
            }
            catch (DemoStepFailedException ex)
            {
                Console.Error.WriteLine($"演示失败：{ex.Message}");
                rc = 1;
            }
            finally
            {
                if (run.CreatedIds.Count > 0)
                {
                    Console.WriteLine($"工单编号：{string.Join("、", run.CreatedIds)}");
                    foreach (var id in run.CreatedIds) Console.WriteLine($"  查看：hotline show {id}");
                }
            }
            return rc;
        }));
        return command;
    }
}
