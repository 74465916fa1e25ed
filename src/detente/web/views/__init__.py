"""The data of each page: plain dicts that the JSON twin returns as they are and the HTML
templates render (escaping every text)."""
