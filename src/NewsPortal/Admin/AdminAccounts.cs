using Microsoft.AspNetCore.Identity;

namespace NewsPortal.Admin;

/// <summary>Creates administrators: from configuration on start, or with the CLI. Never a default password.</summary>
public sealed class AdminAccounts(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    public const string Role = "admin";

    public async Task<IdentityResult> CreateOrPromoteAsync(string email, string password)
    {
        if (!await roles.RoleExistsAsync(Role))
        {
            var created = await roles.CreateAsync(new IdentityRole(Role));
            if (!created.Succeeded)
            {
                return created;
            }
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                return result;
            }
        }
        return await users.IsInRoleAsync(user, Role) ? IdentityResult.Success : await users.AddToRoleAsync(user, Role);
    }

    public async Task<bool> AnyAdminAsync() => (await users.GetUsersInRoleAsync(Role)).Count > 0;
}
