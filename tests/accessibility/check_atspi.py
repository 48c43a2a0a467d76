#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks Stageboard's window through AT-SPI, the interface Orca reads, as a screen reader would:
the board, the opportunity panel and the forecast dashboard. Fails on a focusable object a
person can reach that has no name, and on a card whose accessible text does not say its account
and its amount (checked against the database the app shows).
Usage: check_atspi.py DATABASE"""
import sqlite3
import sys
import time

import pyatspi

problems = []


def wait_for(what, find, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        found = find()
        if found:
            return found
        time.sleep(0.3)
    report()
    sys.exit(f"FAIL: {what} did not appear within {seconds} s")


def report():
    for problem in problems:
        print("FAIL:", problem)


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and child.name == "stageboard" and child.childCount > 0:
            return child
    return None


def children(node):
    # A list reports rows it cannot hand out; those come back as None.
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def walk(node, path=()):
    here = path + (f"{node.getRoleName()} '{node.name[:40]}'",)
    yield node, here
    for child in children(node):
        yield from walk(child, here)


def showing(node):
    state = node.getState()
    return state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE)


def check_names(root, where):
    reached = 0
    for node, path in walk(root):
        # A combo box's list is read when it pops up; it is named before that.
        if node.getRoleName() == "combo box" and showing(node):
            for part in children(node):
                if part.getRoleName() == "list" and not part.name.strip():
                    problems.append(f"{where}: the pop-up list of combo box '{node.name}' "
                                    f"has no name: {' > '.join(path)}")
        if not showing(node):
            continue
        state = node.getState()
        if state.contains(pyatspi.STATE_FOCUSABLE):
            reached += 1
            if not node.name.strip():
                problems.append(f"{where}: a focusable object without a name: {' > '.join(path)}")
    if reached < 5:
        problems.append(f"{where}: only {reached} focusable objects found; the walk saw too little")
    print(f"{where}: {reached} focusable objects, each checked for a name")


def find(root, role, name=None, strip=False):
    for node, _ in walk(root):
        text = node.name.replace("&", "") if strip else node.name
        if node.getRoleName() == role and (name is None or text == name):
            return node
    return None


def money(cents):
    return f"${cents / 100:,.0f}"


def check_cards(root, database):
    deals = {}
    with sqlite3.connect(database) as db:
        for title, account, amount in db.execute(
                "SELECT o.title, a.name, o.amount FROM opportunities o "
                "JOIN accounts a ON a.id = o.account_id WHERE o.deleted_at IS NULL"):
            deals.setdefault(f"{title}, {account}", set()).add(money(amount))
        columns = {f"Stage {name}" for (name,) in db.execute("SELECT name FROM stages")}
    cards = 0
    for node, path in walk(root):
        if node.getRoleName() != "list" or node.name not in columns:
            continue
        for card in children(node):
            cards += 1
            amounts = deals.get(card.name)
            if amounts is None:
                problems.append(f"card '{card.name}' in {node.name}: its name is not "
                                "'title, account' of any opportunity")
            elif not any(a in card.description for a in amounts):
                problems.append(f"card '{card.name}' in {node.name}: its description "
                                f"'{card.description}' lacks the amount ({', '.join(amounts)})")
    if cards < 20:
        problems.append(f"only {cards} cards were read on the board of the demo")
    print(f"board: {cards} cards, each checked for its account and amount")


def main():
    database = sys.argv[1]
    app = wait_for("Stageboard's window on the accessibility bus", application)
    window = wait_for("the main window", lambda: find(app, "frame"))
    wait_for("the board's cards", lambda: find(window, "list item"))

    check_names(window, "board")
    check_cards(window, database)

    # The first card chosen, then View ▸ Opportunity Panel, as a keyboard user would.
    first_card = find(window, "list item")
    first_card.queryAction().doAction(0)
    panel_item = find(window, "menu item", "Opportunity Panel", strip=True)
    if panel_item is None:
        problems.append("View ▸ Opportunity Panel was not found")
    else:
        panel_item.queryAction().doAction(0)
        panel = wait_for("the opportunity panel",
                         lambda: next((n for n, _ in walk(window)
                                       if n.name == "Opportunity details" and showing(n)), None))
        title = first_card.name.split(", ")[0]
        wait_for(f"'{title}' in the opportunity panel",
                 lambda: next((n for n, _ in walk(panel) if n.name == title), None), 10)
        check_names(panel, "opportunity panel")

    forecast = find(window, "page tab", "Forecast")
    if forecast is None:
        problems.append("the Forecast tab was not found")
    else:
        forecast.queryAction().doAction(0)
        dashboard = wait_for("the forecast dashboard",
                             lambda: next((n for n, _ in walk(window)
                                           if n.name == "Forecast dashboard" and showing(n)),
                                          None))
        time.sleep(1)
        check_names(dashboard, "forecast dashboard")

    report()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
