using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Qalam.Data;

/// <summary>Commands on the context's own connection and transaction, for the SQL LINQ cannot say (the search stores).</summary>
internal static class RawCommands
{
    /// <summary>Opens the context's connection for the work if it is not open already, and leaves it as it found it.</summary>
    public static async Task WithConnectionAsync(QalamDb db, Func<Task> work)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await work();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A command of the provider's own type, in the context's transaction when there is one.</summary>
    public static TCommand Create<TCommand>(QalamDb db, string sql, params (string Name, object Value)[] parameters) where TCommand : DbCommand
    {
        var cmd = (TCommand)db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            cmd.Parameters.Add(parameter);
        }
        return cmd;
    }
}
