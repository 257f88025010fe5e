using NewsPortal.Tests.Support;
using Npgsql;
using YamlDotNet.RepresentationModel;

namespace NewsPortal.Web.Tests.Deployment;

public class DockerComposeTests
{
    private static YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return (YamlMappingNode)root["services"];
    }

    [Fact]
    public void The_app_service_connects_to_the_db_service()
    {
        var services = Services();
        var app = (YamlMappingNode)services["app"];
        var environment = (YamlMappingNode)app["environment"];

        var connectionString = ((YamlScalarNode)environment["ConnectionStrings__Default"]).Value!;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        Assert.True(services.Children.ContainsKey("db"));
        Assert.Equal("db", builder.Host);
        var db = (YamlMappingNode)services["db"];
        var dbEnvironment = (YamlMappingNode)db["environment"];
        Assert.Equal(((YamlScalarNode)dbEnvironment["POSTGRES_DB"]).Value, builder.Database);
        Assert.Equal(((YamlScalarNode)dbEnvironment["POSTGRES_USER"]).Value, builder.Username);
        Assert.True(((YamlMappingNode)app["depends_on"]).Children.ContainsKey("db"));
    }

    [Fact]
    public void The_app_is_published_only_on_the_loopback_interface()
    {
        var app = (YamlMappingNode)Services()["app"];

        var ports = ((YamlSequenceNode)app["ports"]).Children.Select(p => ((YamlScalarNode)p).Value);

        Assert.All(ports, p => Assert.StartsWith("127.0.0.1:", p, StringComparison.Ordinal));
    }
}
