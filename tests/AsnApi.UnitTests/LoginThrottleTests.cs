using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Auth;

namespace AsnApi.UnitTests;

public class LoginThrottleTests
{
    /// <summary>A clock the test moves by hand: lockouts last minutes, and tests never sleep.</summary>
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly AuthOptions Options = new() { MaxFailedLogins = 3, LockoutMinutes = 15, MaxFailedLoginsPerAddress = 10, MaxLockoutMinutes = 60 };

    private static void Fail(LoginThrottle t, string user, string address, int times)
    {
        for (var i = 0; i < times; i++) using (var a = t.Begin(user, address)) a.Failed();
    }

    [Fact]
    public void Each_lockout_of_the_same_user_and_address_lasts_twice_as_long_up_to_the_maximum()
    {
        var clock = new Clock();
        var t = new LoginThrottle(Options, clock);
        var expected = new[] { 15, 30, 60, 60 };
        foreach (var minutes in expected)
        {
            Fail(t, "andi", "10.0.0.1", 3);
            var wait = Assert.Throws<TooManyAttemptsException>(() => t.Begin("andi", "10.0.0.1")).RetryAfter;
            Assert.Equal(TimeSpan.FromMinutes(minutes), wait);
            clock.Now += wait;
        }
        // A success forgives the history: the next lockout is the first again.
        using (var ok = t.Begin("andi", "10.0.0.1")) ok.Succeeded();
        Fail(t, "andi", "10.0.0.1", 3);
        Assert.Equal(TimeSpan.FromMinutes(15), Assert.Throws<TooManyAttemptsException>(() => t.Begin("andi", "10.0.0.1")).RetryAfter);
    }

    [Fact]
    public void A_locked_user_can_still_sign_in_from_another_address_but_one_address_is_limited_across_users()
    {
        var t = new LoginThrottle(Options, new Clock());
        Fail(t, "andi", "10.0.0.1", 3);
        Assert.Throws<TooManyAttemptsException>(() => t.Begin("andi", "10.0.0.1"));
        using (var elsewhere = t.Begin("andi", "10.0.0.2")) elsewhere.Succeeded();

        // Ten failures from one address, two each for five users: the address waits, for everyone.
        foreach (var user in new[] { "a", "b", "c", "d", "e" }) Fail(t, user, "10.0.0.9", 2);
        Assert.Throws<TooManyAttemptsException>(() => t.Begin("f", "10.0.0.9"));
        using (var other = t.Begin("f", "10.0.0.8")) other.Failed();
    }

    [Fact]
    public void Attempts_still_being_checked_count_and_an_abandoned_one_gives_its_place_back()
    {
        var t = new LoginThrottle(Options, new Clock());
        var open = Enumerable.Range(0, 3).Select(_ => t.Begin("budi", "10.0.0.3")).ToList();
        Assert.Throws<TooManyAttemptsException>(() => t.Begin("budi", "10.0.0.3"));
        open[0].Dispose();
        using (t.Begin("budi", "10.0.0.3")) { }
        foreach (var a in open) a.Dispose();
    }
}
