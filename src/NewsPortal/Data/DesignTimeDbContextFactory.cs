using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsPortal.Data;

/// <summary>Lets `dotnet ef` build the model without a running app or database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NewsPortalDbContext>
{
    public NewsPortalDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=127.0.0.1;Database=newsportal_design";
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        options.UseNewsPortalDatabase(connectionString);
        return new NewsPortalDbContext(options.Options);
    }
}
