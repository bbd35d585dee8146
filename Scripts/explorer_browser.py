#!/usr/bin/env python3
"""Drives the explorer page in headless Chromium (Debian's chromium and chromium-driver, Selenium).

    explorer_browser.py check
        Says whether the browser test can run here: exit 0, or exit 77 with the reason on stdout.
    explorer_browser.py test PAGE.html
        The browser test, on a page written from Tests/Fixtures/explorer (graph.yaml with its corpus):
        loads it from file://, applies each filter, clicks an actor and a tie in the figure, reads the
        evidence panel, uses the search box, and checks the browser logged no console error. Prints one
        line per check; exit 1 on the first failure.
    explorer_browser.py screenshot PAGE.html OUT.png [ACTOR]
        Opens the page, clicks ACTOR (an actor id; default kazakhstan) and its first tie, and saves a
        screenshot of the window.

Nothing is fetched from the network: the driver and the browser are the local ones, and the page is
self-contained.
"""
import os
import shutil
import sys

CHROMIUM = ["/usr/bin/chromium", "chromium", "chromium-browser"]
DRIVER = ["/usr/bin/chromedriver", "chromedriver"]


def find(candidates):
    for name in candidates:
        path = name if os.path.isabs(name) else shutil.which(name)
        if path and os.access(path, os.X_OK):
            return path
    return None


def missing():
    """The reason the browser test cannot run, or None."""
    reasons = []
    if not find(CHROMIUM):
        reasons.append("chromium is not installed (apt-get install chromium)")
    if not find(DRIVER):
        reasons.append("chromedriver is not installed (apt-get install chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        reasons.append("Selenium is not installed (pip install selenium)")
    return "; ".join(reasons) or None


def browser():
    # Selenium Manager would look for drivers on the network: give it the local ones instead.
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = find(CHROMIUM)
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1440,900", "--hide-scrollbars", "--force-device-scale-factor=1",
                 "--disable-extensions", "--no-first-run", "--disable-background-networking"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=find(DRIVER)), options=options)
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(60)
    return driver


def open_page(driver, page):
    driver.get("file://" + os.path.abspath(page))


def click_at(driver, x, y):
    """A real mouse click at viewport coordinates."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(x), int(y))
    actions.pointer_action.click()
    actions.perform()
    ActionChains(driver).reset_actions()


def node_point(driver, actor):
    """The centre of an actor's node, scrolled into view, in viewport coordinates."""
    return driver.execute_script("""
        var g = document.querySelector('#drawing g.node[data-actor="' + arguments[0] + '"]');
        if (!g) return null;
        g.scrollIntoView({block: 'center', inline: 'center'});
        var shape = g.querySelector('ellipse, polygon, path');
        var r = shape.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
    """, actor)


def edge_point(driver, source, target):
    """A point halfway along the edge drawn from source to target, in viewport coordinates."""
    return driver.execute_script("""
        var edges = document.querySelectorAll('#drawing g.edge');
        for (var k = 0; k < edges.length; k++) {
          var title = edges[k].querySelector('title').textContent;
          if (title !== arguments[0] + '->' + arguments[1]) continue;
          var path = edges[k].querySelector('path:not(.hit)');
          path.scrollIntoView({block: 'center', inline: 'center'});
          var p = path.getPointAtLength(path.getTotalLength() / 2);
          var q = p.matrixTransform(path.getScreenCTM());
          return [q.x, q.y];
        }
        return null;
    """, source, target)


class Checks:
    def __init__(self, driver):
        self.driver = driver
        self.count = 0

    def that(self, condition, what, detail=""):
        if not condition:
            raise AssertionError(what + (": " + detail if detail else ""))
        self.count += 1
        print("ok:", what, flush=True)

    def status(self):
        return self.driver.find_element("id", "status").text

    def panel(self):
        return self.driver.find_element("id", "panel")

    def wait_for(self, condition, what, seconds=20):
        from selenium.webdriver.support.ui import WebDriverWait

        try:
            WebDriverWait(self.driver, seconds).until(lambda _: condition())
        except Exception:
            pass
        self.that(condition(), what)


def set_value(driver, element_id, value):
    element = driver.find_element("id", element_id)
    element.clear()
    if value:
        element.send_keys(value)


def select(driver, element_id, value):
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element("id", element_id)).select_by_value(value)


def run_test(page):
    driver = browser()
    try:
        open_page(driver, page)
        c = Checks(driver)
        hostile_beta = "Beta</script><script>alert(1)</script>"
        hostile_gamma = "O'Neil & \"Sons\" <Ltd>\u2028plc"
        c.that(driver.title == "Explorer fixture: Alpha & <Beta>", "the title is the graph's, as text", driver.title)
        c.that(len(driver.find_elements("css selector", "script")) == 2,
               "the page has its two scripts and no injected one")
        c.that("Computed on:" in driver.find_element("id", "view").text, "the page states the view it was computed on")
        c.that("corpus" in driver.find_element("id", "corpus-note").text, "the page says where the sentences come from")
        c.wait_for(lambda: c.status() == "Showing 5 of 5 ties (4 of 4 actors)", "all ties show at first")

        # Filters
        driver.find_element("css selector", "input[name=layer][value=economic]").click()
        c.wait_for(lambda: c.status().startswith("Showing 3 of 5"), "unticking economic leaves 3 ties")
        dimmed = driver.execute_script("return document.querySelectorAll('#drawing g.edge.dim').length")
        c.that(dimmed == 2, "the 2 economic ties fade in the figure", str(dimmed))
        driver.find_element("css selector", "input[name=layer][value=economic]").click()
        select(driver, "polarity", "tension")
        c.wait_for(lambda: c.status().startswith("Showing 2 of 5"), "tension only leaves 2 ties")
        select(driver, "polarity", "all")
        select(driver, "event-type", "sanction")
        c.wait_for(lambda: c.status().startswith("Showing 1 of 5"), "event type sanction leaves 1 tie")
        select(driver, "event-type", "")
        set_value(driver, "date-from", "2024-01")
        c.wait_for(lambda: c.status().startswith("Showing 3 of 5"), "from 2024-01 leaves the 3 ties with evidence since")
        set_value(driver, "date-from", "")
        set_value(driver, "date-until", "2023-04")
        c.wait_for(lambda: c.status().startswith("Showing 3 of 5"), "until 2023-04 keeps the ties of 2023-04-10")
        set_value(driver, "date-until", "2023/4")
        c.wait_for(lambda: "invalid" in driver.find_element("id", "date-until").get_attribute("class"),
                   "a malformed date is marked and ignored")
        c.that(c.status().startswith("Showing 5 of 5"), "a malformed date filters nothing", c.status())
        set_value(driver, "date-until", "")

        # An actor
        x, y = node_point(driver, "gamma")
        click_at(driver, x, y)
        c.wait_for(lambda: c.panel().find_element("tag name", "h2").get_attribute("textContent") == hostile_gamma,
                   "clicking an actor shows it, its name as text")
        buttons = c.panel().find_elements("css selector", "button.tie-button")
        c.that(len(buttons) == 2, "the actor's 2 ties are listed", str(len(buttons)))

        # A tie in the figure
        x, y = edge_point(driver, "delta", "gamma")
        click_at(driver, x, y)
        c.wait_for(lambda: "Delta" in c.panel().find_element("tag name", "h2").text and
                   c.panel().find_elements("css selector", "li.evidence"),
                   "clicking a tie shows its evidence")
        quote = c.panel().find_element("css selector", "li.evidence blockquote").get_attribute("textContent")
        c.that("sanctions from Delta</script><script>alert('x')</script>\u2028over the deal" in quote,
               "the evidence panel shows the sentence from the corpus, as text", quote)
        marks = [m.text for m in c.panel().find_elements("css selector", "li.evidence mark")]
        c.that("sanctions" in marks, "the cue is marked in the sentence", repr(marks))
        meta = c.panel().find_element("css selector", "li.evidence .meta").text
        c.that("Fixture <Gazette> & \"Co\"" in meta and "sanction" in meta, "the record names its outlet and type", meta)

        # A tie from the actor's list
        x, y = node_point(driver, "beta")
        click_at(driver, x, y)
        c.wait_for(lambda: c.panel().find_element("tag name", "h2").get_attribute("textContent") == hostile_beta,
                   "a hostile actor name shows as text")
        c.panel().find_element("css selector", "button.tie-button").click()
        c.wait_for(lambda: len(c.panel().find_elements("css selector", "li.evidence")) >= 1,
                   "a tie chosen from the actor's list shows its evidence")
        selected = driver.execute_script("return document.querySelector('#drawing g.node.selected').getAttribute('data-actor')")
        c.that(selected == "beta", "the actor stays selected in the figure", str(selected))
        c.panel().find_element("css selector", "button.back").click()
        c.wait_for(lambda: c.panel().find_element("tag name", "h2").get_attribute("textContent") == hostile_beta,
                   "the way back returns to the actor's ties")

        # Search
        set_value(driver, "search", "trade deal")
        c.wait_for(lambda: "1 evidence record" in c.panel().text, "searching words finds the evidence that holds them")
        set_value(driver, "search", "republic")
        c.wait_for(lambda: [b.text for b in c.panel().find_elements("css selector", "button.actor-button")] == ["Alpha (state)"],
                   "searching an alias finds the actor")
        matched = driver.execute_script("return document.querySelectorAll('#drawing g.node.match').length")
        c.that(matched == 1, "the actor found is marked in the figure", str(matched))
        driver.find_element("id", "reset").click()
        c.wait_for(lambda: c.status().startswith("Showing 5 of 5") and driver.find_element("id", "search").get_attribute("value") == "",
                   "reset clears the filters and the search")

        from selenium.common.exceptions import NoAlertPresentException
        try:
            driver.switch_to.alert
            alert_open = True
        except NoAlertPresentException:
            alert_open = False
        c.that(not alert_open, "no script from the data ran (the fixture's names would call alert)")
        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        c.that(not errors, "the console logged no error", repr(errors))
        print("browser test: %d checks passed" % c.count)
    finally:
        driver.quit()


def screenshot(page, out, actor):
    driver = browser()
    try:
        open_page(driver, page)
        point = node_point(driver, actor)
        if point is None:
            raise SystemExit("no actor %r on the page" % actor)
        point = node_point(driver, actor)
        click_at(driver, *point)
        # Three steps larger, the actor in the middle, then its strongest tie's evidence.
        for _ in range(3):
            driver.find_element("css selector", ".zoom button[data-action=zoom-in]").click()
        node_point(driver, actor)
        buttons = driver.find_elements("css selector", "#panel button.tie-button")
        if buttons:
            buttons[0].click()
        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        if errors:
            raise SystemExit("console errors: %r" % errors)
        driver.save_screenshot(out)
        print("wrote", out)
    finally:
        driver.quit()


def main(argv):
    if len(argv) >= 2 and argv[1] == "check":
        reason = missing()
        if reason:
            print(reason)
            return 77
        return 0
    if len(argv) == 3 and argv[1] == "test":
        reason = missing()
        if reason:
            print("browser test skipped:", reason)
            return 77
        try:
            run_test(argv[2])
        except AssertionError as failure:
            print("FAILED:", failure)
            return 1
        except Exception as error:  # a Selenium or JavaScript error: say it in one line
            print("FAILED: %s: %s" % (type(error).__name__, str(error).splitlines()[0] if str(error) else ""))
            return 1
        return 0
    if len(argv) in (4, 5) and argv[1] == "screenshot":
        reason = missing()
        if reason:
            print(reason)
            return 77
        screenshot(argv[2], argv[3], argv[4] if len(argv) == 5 else "kazakhstan")
        return 0
    print(__doc__)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv))
